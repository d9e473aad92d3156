package org.dateline.core.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

import org.dateline.model.Participant;

/**
 * One who holds an office of a body, named by the office alone: "the vice-chairman of the Socialist Party of Laos",
 * "the international secretary of the Central Committee of the Communist League of France", "the rector of the
 * University of Benin". Neither a name nor a known actor noun, such a title still says whom its holder speaks and acts
 * for: the body its "of" phrase names, as "a spokesman for the ministry" speaks for the ministry. Wire copy and agency
 * items tell many speakers this way ("The chairman of X said Y was a great leader"), and a speaker nobody stands for
 * loses the praise or blame they voice.
 *
 * <p>An office word is a person's role ({@code person-role-nouns}, {@code office-title-nouns}) or one with a prefix of
 * rank ("vice-chairman", "co-chair": {@code office-title-prefixes}). The "of" phrase is followed down while it names a
 * part of a body rather than a body ("the chief of the section of the Institute of Oriental Studies": the institute),
 * at most {@link #DEPTH} steps. Only a title that resolved to no one is read so: a name, a known actor noun or a
 * dictionary entry decides first ({@link ParticipantFinder}). A person's kin ("the son of the minister") are no office.
 */
final class BodyOffices {
    private static final Set<String> ROLES = EventWords.union("person-role-nouns", "office-title-nouns");
    private static final Set<String> PREFIXES = EventWords.get("office-title-prefixes");
    private static final Set<String> KIN = EventWords.get("kin-role-nouns");

    /** How many "of" phrases deep a body is looked for: office, unit, body, its state. */
    static final int DEPTH = 4;

    private BodyOffices() {}

    /** Whether the noun at h is an office word: a role, or a role with a prefix of rank ("vice-chairman"). */
    static boolean isOffice(Clause c, int h) {
        if (!c.pos(h).startsWith("NN") || c.pos(h).startsWith("NNP")) return false;
        String lemma = c.lemma(h).toLowerCase(Locale.ROOT);
        if (KIN.contains(lemma)) return false;
        if (ROLES.contains(lemma)) return true;
        int dash = lemma.indexOf('-');
        return dash > 0 && PREFIXES.contains(lemma.substring(0, dash)) && ROLES.contains(lemma.substring(dash + 1));
    }

    /**
     * The body the office at h is held in: the participants of the first "of" phrase down the chain that names
     * anyone ({@code resolve} is the caller's reading of a nominal). Empty when h is no office or no phrase names anyone.
     */
    static List<Participant> bodyOf(Clause c, int h, IntFunction<List<Participant>> resolve) {
        if (!isOffice(c, h)) return List.of();
        int n = h;
        for (int step = 0; step < DEPTH; step++) {
            int of = ofPhrase(c, n);
            if (of < 0) return List.of();
            List<Participant> body = resolve.apply(of);
            if (!body.isEmpty()) return body;
            n = of;
        }
        return List.of();
    }

    /** The first "of" phrase of the nominal n, or -1. */
    private static int ofPhrase(Clause c, int n) {
        for (int k : c.children(n, "nmod")) if (c.caseOf(k).equals("of") && c.pos(k).startsWith("NN")) return k;
        return -1;
    }
}
