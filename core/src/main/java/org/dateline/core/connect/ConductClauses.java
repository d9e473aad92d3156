package org.dateline.core.connect;

import java.util.List;
import java.util.Set;

/**
 * Whether a report's own verb tells a conduct rather than a deed of a day: a light verb of regard with its noun
 * ({@code regard-light-verbs}, {@code regard-nouns}: "the leader paid deep attention to building the street") or a
 * life given to something ({@code lifetime-verbs}, {@code lifetime-nouns}: "devoted all his life to the country").
 * Such a clause sums up how someone behaved over weeks or a lifetime; the agency says it again in the next story of
 * the same person, in other words and about another work, and no two of them are one happening. Read only where the
 * report's trigger is that verb: "he said the president devoted his life to the people" is an occasion of saying.
 */
final class ConductClauses {
    private static final Set<String> REGARD_VERBS = ConnectWords.get("regard-light-verbs");
    private static final Set<String> REGARD_NOUNS = ConnectWords.get("regard-nouns");
    private static final Set<String> LIFETIME_VERBS = ConnectWords.get("lifetime-verbs");
    private static final Set<String> LIFETIME_NOUNS = ConnectWords.get("lifetime-nouns");
    /** How many words may stand between the verb and its noun: "paid the deepest possible attention", "devoted all his life". */
    static final int OBJECT_REACH = 4;

    private ConductClauses() {}

    /** True when the clause's words (lower case) hold the trigger (lower case) as a verb of conduct with its noun. */
    static boolean tells(List<String> words, String trigger) {
        Set<String> nouns = REGARD_VERBS.contains(trigger) ? REGARD_NOUNS
                : LIFETIME_VERBS.contains(trigger) ? LIFETIME_NOUNS : null;
        if (nouns == null) return false;
        int at = words.indexOf(trigger);
        if (at < 0) return false;
        for (int j = at + 1; j < Math.min(words.size(), at + 2 + OBJECT_REACH); j++) {
            if (nouns.contains(words.get(j))) return true;
        }
        return false;
    }
}
