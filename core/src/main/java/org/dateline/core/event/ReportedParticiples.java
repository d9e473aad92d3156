package org.dateline.core.event;

import java.util.Set;

/**
 * Hangs a participle that follows a report back on the one who reports. In "X said the talks had failed, urging Y to
 * reopen the border" or "Wages are too low, X said, calling upon Y to raise them" the parser may attach the
 * participle to the reported clause, whose subject ("the talks", "wages") then seems to urge. After a comma and
 * after the verb of saying, a present participle of asking (speaker-participles: "urging", "calling", "demanding";
 * not "killing", which may well be the toll of the act reported) below the reported clause (that clause a complement of the verb
 * of saying, or the verb of saying a parenthetical of it) is the speaker's: it goes under the verb of saying, as
 * the parser hangs it when the report comes first. Run once by {@link Clause} on its arcs, before any coding.
 */
final class ReportedParticiples {
    private static final Set<String> REPORTING = EventWords.get("reporting-verbs");
    private static final Set<String> SPEAKERS = EventWords.get("speaker-participles");

    private ReportedParticiples() {}

    static void repair(Clause c) {
        for (int g = 1; g < c.size(); g++) {
            int h = c.head(g);
            if (h < 0 || !c.pos(g).equals("VBG") || !SPEAKERS.contains(c.lemma(g)) || !c.relIs(g, "dep", "advcl")
                    || !c.lower(g - 1).equals(",")) continue;
            int speaker = speakingVerb(c, h, g);
            if (speaker >= 0) c.move(g, speaker, "dep");
        }
    }

    /** The verb of saying that reports clause h before word g: h's own head, or a parenthetical of h; else -1. */
    private static int speakingVerb(Clause c, int h, int g) {
        int s = c.head(h);
        if (s >= 0 && s < h && c.relIs(h, "ccomp") && REPORTING.contains(c.lemma(s))) return s;
        for (int k : c.children(h, "parataxis")) if (k < g && REPORTING.contains(c.lemma(k))) return k;
        return -1;
    }
}
