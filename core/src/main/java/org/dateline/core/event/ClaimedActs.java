package org.dateline.core.event;

import java.util.Set;

/**
 * An act told only inside someone's allegation is that speaker's speech, not a second event (CODING.md section 1:
 * judges mark the claimed act {@code not-event}, {@code quoted-claim}): "raised accusations that the governor had
 * mistreated prisoners", "Russia has often claimed that Georgia was undermining the talks", "the allegation that
 * the police beat him". The allegation itself is coded where its word is a trigger ("accused", "claimed"); the act it
 * alleges is not asserted by the text, which reports only that someone says it happened.
 *
 * <p>The act is the verb of a complement clause ("that ..."-clause or bare clause: ccomp, or a noun's clause: acl)
 * whose head is a word of alleging ({@code allegation-words}: "allege", "claim", "contend", "accusation",
 * "allegation", "charge", "assertion"). Plain reporting ("said the army had shelled the town") is left alone: wire
 * copy reports the acts of others that way, and the judges code them. So is a claim whose doer is a pronoun ("the
 * group claimed it had carried out the attack", "officials claimed they held an inquiry"): mostly a party's claim of
 * its own deed, which reports the deed.
 */
final class ClaimedActs {
    private static final Set<String> ALLEGING = EventWords.get("allegation-words");
    /** Relations climbed from the act's word to its clause: its phrase and its own complements. */
    private static final Set<String> WITHIN_CLAUSE = Set.of("xcomp", "conj", "obj", "obl", "nmod", "compound");

    private final Clause c;

    ClaimedActs(Clause c) {
        this.c = c;
    }

    /** Whether the act whose verb (or light verb) is v is what a word of alleging says happened. */
    boolean claimed(int v) {
        if (v < 0) return false;
        int clause = c.enclosingClause(v, WITHIN_CLAUSE, "ccomp", "acl");
        if (clause < 0 || !c.pos(clause).startsWith("VB") || c.subjects(clause).isEmpty()) return false;
        // "claimed they had carried out the attack": a party's claim of its own deed is the deed's report
        if (c.subjects(clause).stream().anyMatch(s -> c.pos(s).equals("PRP"))) return false;
        int h = c.head(clause);
        return h >= 0 && h != v && ALLEGING.contains(c.lemma(h));
    }
}
