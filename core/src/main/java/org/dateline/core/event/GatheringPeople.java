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
 */
final class GatheringPeople {
    private static final Set<String> NOUNS = EventWords.get("gathering-people-nouns");
    private static final Set<String> POINTING = EventWords.get("gathering-people-determiners");
    private static final Set<String> OWN_WORDS = Set.of("amod", "compound", "nmod:poss", "appos", "nummod");

    private GatheringPeople() {}

    /** The doers of the story's latest protest when the nominal h names a gathering's people, else none. */
    static List<Participant> of(Clause c, int h, ArticleContext ctx) {
        if (!c.pos(h).startsWith("NN") || !(NOUNS.contains(c.lemma(h)) || NOUNS.contains(c.lower(h)))) return List.of();
        if (c.children(h, "det").stream().anyMatch(d -> !POINTING.contains(c.lower(d)))) return List.of();
        if (!c.children(h, OWN_WORDS.toArray(String[]::new)).isEmpty()) return List.of();
        // "participants from 20 countries": the phrase places them itself
        if (c.children(h, "nmod").stream().anyMatch(k -> c.caseOf(k).equals("from"))) return List.of();
        return ctx.lastProtesters();
    }
}
