package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.core.language.Token;
import org.dateline.model.Participant;

/**
 * Who gathered and who spoke at the story's latest gathering that was not a protest: the people a later "the
 * speakers" or "the participants" stands for. A report of a meeting names them first and refers to them by their part
 * in it afterwards: "A meeting of Bolivian miners took place in Oruro on Monday. ... The speakers denounced the
 * Peruvian government", "Speeches were made by A, chairman of X, and B, secretary of Y. The speakers called on
 * ...". Two constructions are remembered:
 * <ul>
 * <li>speeches made: "Speeches were made by A and B", "A and B made speeches": A and B are the speakers;</li>
 * <li>a gathering held by or of people: "X held a meeting", "a seminar of X took place", "a meeting of X was held":
 * X are the people gathered (and its speakers, when no speech names others).</li>
 * </ul>
 * A gathering with no people named ("a meeting was held in the capital") leaves the memory as it was: its speakers
 * are whoever the story named last. {@link GatheringPeople} asks this memory when the story has told of no protest
 * later than the gathering. Talks are not a gathering here: "the participants" of talks are no one's protesters and
 * no gathering's people (the two sides speak for themselves).
 */
final class Gatherings {
    private static final Set<String> GATHERING_NOUNS = EventWords.get("speaking-gathering-nouns");
    private static final Set<String> SPEECH_NOUNS = EventWords.get("gathering-speech-nouns");
    private static final Set<String> MAKING_VERBS = EventWords.get("speech-making-verbs");
    private static final Set<String> HOLDING_VERBS = EventWords.get("gathering-holding-verbs");

    private List<Participant> speakers = List.of();
    private List<Participant> gathered = List.of();
    private int sentence = -1;

    /** Whether a sentence may tell speeches made or a gathering held: it holds a speech or gathering noun. */
    static boolean mayTell(List<Token> tokens) {
        for (Token t : tokens) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (SPEECH_NOUNS.contains(w) || GATHERING_NOUNS.contains(w)) return true;
        }
        return false;
    }

    /** Reads a parsed sentence for speeches made or a gathering held by or of people it names. */
    void read(Clause c, ArticleContext ctx) {
        for (int i = 0; i < c.size(); i++) {
            String lemma = c.lemma(i);
            if (SPEECH_NOUNS.contains(c.lower(i)) || SPEECH_NOUNS.contains(lemma)) {
                List<Participant> made = makers(c, i, ctx);
                if (!made.isEmpty()) remember(made, null, c);
            } else if (GATHERING_NOUNS.contains(lemma) && c.pos(i).startsWith("NN")) {
                List<Participant> held = holders(c, i, ctx);
                if (!held.isEmpty()) remember(null, held, c);
            }
        }
    }

    private void remember(List<Participant> spoke, List<Participant> met, Clause c) {
        if (sentence != c.sentence.index()) { // a new gathering: what an earlier one named is no longer its
            speakers = List.of();
            if (met != null) gathered = List.of();
        }
        if (spoke != null) speakers = merged(speakers, spoke);
        if (met != null) gathered = merged(gathered, met);
        sentence = c.sentence.index();
    }

    private static List<Participant> merged(List<Participant> a, List<Participant> b) {
        List<Participant> out = new ArrayList<>(a);
        Participants.addAll(out, b);
        return List.copyOf(out);
    }

    /** "Speeches were made by A and B" (the by agent), "A and B made speeches" (the subject of the making verb). */
    private static List<Participant> makers(Clause c, int noun, ArticleContext ctx) {
        int v = c.head(noun);
        if (v < 0 || !MAKING_VERBS.contains(c.lemma(v))) return List.of();
        ParticipantFinder find = new ParticipantFinder(c, ctx);
        if (c.relIs(noun, "nsubj:pass")) {
            for (int k : c.children(v, "obl")) if (c.caseOf(k).equals("by")) return find.of(k);
            return List.of();
        }
        if (!c.relIs(noun, "obj")) return List.of();
        for (int s : c.childrenExact(v, "nsubj")) return find.of(s);
        return List.of();
    }

    /**
     * "X held a meeting" (the holding verb's subject), "a meeting of X took place", "a meeting of X was held" (the
     * noun's "of" phrase).
     */
    private static List<Participant> holders(Clause c, int noun, ArticleContext ctx) {
        ParticipantFinder find = new ParticipantFinder(c, ctx);
        for (int k : c.children(noun, "nmod")) if (c.caseOf(k).equals("of")) return find.of(k);
        int v = c.head(noun);
        if (v >= 0 && c.relIs(noun, "obj") && HOLDING_VERBS.contains(c.lemma(v))) {
            for (int s : c.childrenExact(v, "nsubj")) return find.of(s);
        }
        return List.of();
    }

    /** The latest gathering's speakers, else its people; none when no gathering named them or a protest came later. */
    List<Participant> speakersAfter(int protestSentence) {
        if (sentence < 0 || sentence < protestSentence) return List.of();
        return speakers.isEmpty() ? gathered : speakers;
    }

    /** The latest gathering's people, else its speakers, under the same terms. */
    List<Participant> peopleAfter(int protestSentence) {
        if (sentence < 0 || sentence < protestSentence) return List.of();
        return gathered.isEmpty() ? speakers : gathered;
    }
}
