package org.dateline.core.event;

import java.util.Set;

/**
 * Acts a sentence voices without telling: what someone ought to suffer, a vow never to forgive, and what a speaker
 * believes or hopes others will do. PLOVER codes an act that happened or is specifically planned; none of these is
 * either, though each carries a trigger word and often a doer, so the coder makes no event of them.
 *
 * <ul>
 * <li>An obligation laid on a passive ("the traitors must be punished", "such criminals should be wiped out", "those
 * who insult the nation ought to be condemned by all"): a call for the act, told of no one who has done or will do
 * it. An active obligation ("the ministry should withdraw the bill") names the one urged and stays a possibility.</li>
 * <li>A vow not to forgive ("will never pardon the provocateurs", "can never forgive such a crime"): a verb of
 * forgiving, negated under a modal of the future or of ability, refuses no proposal and forgives no one; it is the
 * rhetoric of vengeance. A forgiveness refused in the past ("the court did not pardon him") is told as a fact.</li>
 * <li>The content of a belief or a hope ("expressed belief that the army would protect the country", "hoped that the
 * two sides would cooperate"): a clause with a modal under a noun or verb of belief is what the speaker expects of
 * others, no commitment of the speaker's own and no act of theirs.</li>
 * <li>A condition a vow or a claim waits on ("will go on denouncing them until they apologize", "the nation can live
 * in peace only when the dictator is ousted"): an "until" clause, or an "only when / only if" clause, under a verb of
 * the future or of ability tells what has not happened and may never.</li>
 * <li>A wanted act ("the government wants to deport them", "Israel hopes to destroy the group", "we want
 * people to act"): the open complement of a verb of wanting is what the subject wishes for, neither done nor a plan
 * made; a stated threat is told by its own verbs ("vowed to", "will wipe out"), which are no verbs of wanting.</li>
 * </ul>
 */
final class Rhetoric {
    private static final Set<String> OBLIGING = EventWords.get("obliging-modals");
    private static final Set<String> PERMITTING = EventWords.get("permitting-modals");
    private static final Set<String> FORGIVING = EventWords.get("forgiving-verbs");
    private static final Set<String> VOWING = EventWords.get("vow-modals");
    private static final Set<String> NEGATIONS = EventWords.get("vow-negations");
    private static final Set<String> VOW_VERBS = EventWords.get("vow-verbs");
    private static final Set<String> BELIEFS = EventWords.get("belief-words");
    private static final Set<String> EXPECTING = EventWords.get("expecting-modals");
    private static final Set<String> AWAITING = EventWords.get("awaiting-subordinators");
    private static final Set<String> CONDITIONS = EventWords.get("restricted-conditions");
    private static final Set<String> RESTRICTING = EventWords.get("restricting-adverbs");
    private static final Set<String> DESIRING = EventWords.get("desire-verbs");

    private final Clause c;

    Rhetoric(Clause c) {
        this.c = c;
    }

    /** Whether the verb v is voiced, not told: an obliged passive, a vow not to forgive, or a hoped-for act. */
    boolean voiced(int v) {
        return v >= 0 && (obligedPassive(v) || vowNotToForgive(v) || hopedFor(v) || awaited(v) || wanted(v));
    }

    /**
     * "must be punished", "should be wiped out": a modal of obligation on a passive verb. A modal of possibility on a
     * passive ({@code permitting-modals}: "anyone who lies can be fined", "fines may be imposed", "could be jailed")
     * tells what the law or the case allows to be done, to no one on any day; a perfect ("may have been killed") tells
     * an act that perhaps happened, and is left to the status.
     */
    boolean obligedPassive(int v) {
        if (c.children(v, "aux:pass").isEmpty()) return false;
        return hasAux(v, OBLIGING) || hasAux(v, PERMITTING) && !c.perfect(v);
    }

    /**
     * "will never pardon", "can never forgive", "vowed never to forgive": a forgiving verb, negated, under a modal of
     * the future or ability of its own or of the verb it is a bare conjunct of, or as the infinitive of a vow. Only
     * the forgiving verb is rhetoric: a vow to do something ("will never pardon them but punish them", "vowed to
     * punish them") is a threat.
     */
    boolean vowNotToForgive(int v) {
        // "will smash the invaders and never forgive them": a bare conjunct's modal is its head's
        boolean vowed = hasAux(v, VOWING) || Coordination.sharesAuxiliary(c, v) && hasAux(c.head(v), VOWING)
                || c.relIs(v, "xcomp") && VOW_VERBS.contains(c.lemma(c.head(v))); // "vowed never to forgive them"
        if (!FORGIVING.contains(c.lemma(v)) || !vowed) return false;
        return c.modifiedBy(v, NEGATIONS);
    }

    /**
     * "expressed belief that X would protect Y", "hoped that the sides will cooperate": a verb with a modal of
     * expectation in the clausal complement of a noun or verb of belief or hope (through coordinated verbs).
     */
    boolean hopedFor(int v) {
        if (!hasAux(v, EXPECTING)) return false;
        int n = Coordination.firstConjunct(c, v);
        if (n < 0 || !c.relIs(n, "ccomp", "acl") || c.head(n) < 0) return false;
        return BELIEFS.contains(c.lemma(c.head(n)));
    }

    /**
     * "wants to deport them", "hopes to meet him and sign a deal": a verb (through coordinated verbs) that is the open
     * complement of a verb of wanting.
     */
    boolean wanted(int v) {
        int n = Coordination.firstConjunct(c, v);
        return n >= 0 && c.relIs(n, "xcomp") && c.head(n) >= 0 && DESIRING.contains(c.lemma(c.head(n)))
                && !PerformedWishes.performs(c, c.head(n)); // "I want to thank X": the thanks is given
    }


    /**
     * "until they apologize", "only when the dictator is ousted": an adverbial clause (through coordinated verbs) opened
     * by "until" or by a restricted "only when / only if", whose main verb, or a verb it complements, has a modal of
     * the future or of ability ("will continue denouncing ... until", "can live in peace only when").
     */
    boolean awaited(int v) {
        int n = Coordination.firstConjunct(c, v);
        if (n < 0 || !c.relIs(n, "advcl") || !awaitedOpener(n)) return false;
        for (int h = c.head(n), guard = 0; h >= 0 && guard < 4; h = c.head(h), guard++) {
            if (hasAux(h, EXPECTING)) return true;
            if (!c.relIs(h, "xcomp")) return false;
        }
        return false;
    }

    /** The clause opens on "until" / "till", or on "when" / "if" restricted by "only". */
    private boolean awaitedOpener(int clause) {
        for (int m : c.children(clause, "mark", "advmod")) {
            if (AWAITING.contains(c.lower(m))) return true;
            boolean restricted = c.children(m, "advmod").stream().anyMatch(o -> RESTRICTING.contains(c.lower(o)))
                    || m > 0 && RESTRICTING.contains(c.lower(m - 1));
            if (CONDITIONS.contains(c.lower(m)) && restricted) return true;
        }
        return false;
    }

    private boolean hasAux(int v, Set<String> modals) {
        return c.children(v, "aux").stream().anyMatch(a -> modals.contains(c.lower(a)));
    }
}
