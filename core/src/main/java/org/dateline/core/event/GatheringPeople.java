package org.dateline.core.event;

import java.util.List;
import java.util.Set;

import org.dateline.model.Participant;

/**
 * The people of a gathering named by their part in it ("the ralliers", "speakers", "the strikers", "the
 * participants"): news names them so after it has told who held the rally or the strike ("5,000 workers held a rally
 * in the capital ... The ralliers denounced the government"), so they are the doers of the story's latest protest,
 * not new actors with no state. A phrase that says who they are itself ("Chilean strikers", "the union's marchers",
 * "participants from 20 countries") or counts some of them ("some speakers", "two participants") is left to the other
 * rules, and so is a story that has told of no protest. A part of {@link ParticipantFinder}.
 * <p>Speakers and participants may also be those of a gathering that was no protest, a meeting or a seminar whose
 * people or speakers the story named ({@link Gatherings}): when it was told after the latest protest, "the speakers"
 * are the speakers it named (else its people) and "the participants" its people (else its speakers).
 */
final class GatheringPeople {
    private static final Set<String> NOUNS = EventWords.get("gathering-people-nouns");
    private static final Set<String> SPEAKERS = EventWords.get("gathering-speaker-nouns");
    private static final Set<String> MEMBERS = EventWords.get("gathering-member-nouns");
    private static final Set<String> POINTING = EventWords.get("gathering-people-determiners");
    private static final Set<String> OWN_WORDS = Set.of("amod", "compound", "nmod:poss", "appos", "nummod");

    private GatheringPeople() {}

    /**
     * The doers of the story's latest protest when the nominal h names a gathering's people, else none; for speakers
     * and participants, a later gathering's named speakers or people first.
     */
    static List<Participant> of(Clause c, int h, ArticleContext ctx) {
        if (!c.pos(h).startsWith("NN") || !(NOUNS.contains(c.lemma(h)) || NOUNS.contains(c.lower(h)))) return List.of();
        if (c.children(h, "det").stream().anyMatch(d -> !POINTING.contains(c.lower(d)))) return List.of();
        if (!c.children(h, OWN_WORDS.toArray(String[]::new)).isEmpty()) return List.of();
        // "participants from 20 countries": the phrase places them itself
        if (c.children(h, "nmod").stream().anyMatch(k -> c.caseOf(k).equals("from"))) return List.of();
        int protest = ctx.lastProtestSentence();
        String w = c.lower(h);
        List<Participant> gathered = SPEAKERS.contains(w) ? ctx.gatherings.speakersAfter(protest)
                : MEMBERS.contains(w) ? ctx.gatherings.peopleAfter(protest) : List.of();
        return gathered.isEmpty() ? ctx.lastProtesters() : gathered;
    }
}
