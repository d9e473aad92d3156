package org.dateline.core.event;

import java.util.Set;

/**
 * History told as background inside a subordinate clause is no event of the story (CODING.md section 7 and open
 * question 85): "a treaty he had rejected in 1988", "protesters who had blocked a clinic", "the outlook darkened when
 * Saddam sent his forces into Kuwait", "the larger demonstrations of December, when thousands rallied". The
 * clause only recalls an earlier act to explain the one being reported; judges mark such acts {@code not-event}.
 *
 * <p>Two constructions tell it, both read from the grammar alone: the past perfect ("had" + participle) in a
 * relative or adverbial clause, where the tense itself places the act before the story's own past; and a past-tense
 * clause opened by "when" ({@code background-openers}) that hangs on a clause of its own, the act serving as the
 * other clause's time. A past perfect in the main clause ("X had met Y on Monday") is left alone: a main clause
 * asserts, and wire copy dates its own recaps that way.
 */
final class BackgroundClauses {
    private static final Set<String> OPENERS = EventWords.get("background-openers");
    private static final Set<String> SUBORDINATE = Set.of("acl:relcl", "advcl", "acl");
    /** Relations climbed from the act's word to its clause: its phrase and its complements. */
    private static final Set<String> WITHIN_CLAUSE = Set.of("xcomp", "conj", "obj", "obl", "nmod", "compound");

    private final Clause c;

    BackgroundClauses(Clause c) {
        this.c = c;
    }

    /** Whether the act whose verb (or light verb) is v is told as background in a subordinate clause. */
    boolean background(int v) {
        if (v < 0 || !c.pos(v).startsWith("VB")) return false;
        int clause = c.enclosingClause(v, WITHIN_CLAUSE, SUBORDINATE.toArray(String[]::new));
        if (clause < 0 || !c.pos(clause).startsWith("VB")) return false;
        if (pastPerfect(clause) || (clause != v && pastPerfect(v))) return true;
        return c.relIs(clause, "advcl") && c.pos(clause).equals("VBD") && c.children(clause, "aux").isEmpty()
                && c.children(clause, "mark", "advmod").stream().anyMatch(m -> OPENERS.contains(c.lower(m)) && m < clause);
    }

    /** "had rejected", "had been killed": a "have" auxiliary in the past tense. */
    private boolean pastPerfect(int v) {
        return c.children(v, "aux").stream().anyMatch(a -> c.lemma(a).equals("have") && c.pos(a).equals("VBD"));
    }
}
