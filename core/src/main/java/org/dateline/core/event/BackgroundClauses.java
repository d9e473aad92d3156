package org.dateline.core.event;

import java.util.Set;

/**
 * History told as background inside a subordinate clause is no event of the story (CODING.md section 7 and open
 * question 85): "a treaty he had rejected in 1988", "protesters who had blocked a clinic". The clause only recalls an
 * earlier act to explain the one being reported; judges mark such acts {@code not-event}.
 *
 * <p>The past perfect ("had" + participle) in a relative or adverbial clause tells it: the tense itself places the
 * act before the story's own past. A past perfect in the main clause ("X had met Y on Monday") is left alone: a main
 * clause asserts, and wire copy dates its own recaps that way. A plain past in a "when" clause is left alone too: in
 * "said this on Monday when the ambassador paid a courtesy call" the two acts are one day's.
 */
final class BackgroundClauses {
    private static final String[] SUBORDINATE = {"acl:relcl", "advcl", "acl"};
    /** Relations climbed from the act's word to its clause: its phrase and its complements. */
    private static final Set<String> WITHIN_CLAUSE = Set.of("xcomp", "conj", "obj", "obl", "nmod", "compound");

    private final Clause c;

    BackgroundClauses(Clause c) {
        this.c = c;
    }

    /** Whether the act whose verb (or light verb) is v is told as background in a subordinate clause. */
    boolean background(int v) {
        if (v < 0 || !c.pos(v).startsWith("VB")) return false;
        int clause = c.enclosingClause(v, WITHIN_CLAUSE, SUBORDINATE);
        if (clause < 0 || !c.pos(clause).startsWith("VB")) return false;
        return c.pastPerfect(clause) || (clause != v && c.pastPerfect(v));
    }
}
