package org.dateline.core.event;

import org.dateline.model.EventType;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Decides which trigger candidates of one clause are not events of their own but part of another: what a wish,
 * request or refusal is about ("agreed to hold talks": the talks are the agreement's inner event), what a protest is
 * for, what an accusation charges, the toll of an attack, and an act named only as an aim ("held talks to resolve the
 * dispute"). {@link ClauseCoder} codes the rest; the folded ones only lend their words and dates to the event they
 * belong to. Kept apart from the coder because each fold is a small rule of grammar with its own reason, and they
 * are read together here in the order they apply.
 */
final class CandidateFolding {
    /** What a protest may be for without being an event of its own: a demand, a denunciation, a protest. */
    private static final Set<EventType> PROTEST_AIMS = EnumSet.of(EventType.REQUEST, EventType.ACCUSE, EventType.PROTEST);

    /**
     * The outcome of folding: the candidates folded into another, and for a wish the first event it is about.
     *
     * @param innerOf  for the word of a wish, request or refusal, the candidate it is about
     * @param absorbed the words of candidates that are no event of their own
     */
    record Folded(Map<Integer, Cand> innerOf, Set<Integer> absorbed) {}

    private final Clause c;
    private final TriggerGrammar grammar;
    private final Purposes aims;
    private final Function<Cand, EventType> typeOf;
    /** An act only voiced ("never to forgive them"), which a wish is about only when it is about nothing else. */
    private final Predicate<Cand> voiced;

    CandidateFolding(Clause c, TriggerGrammar grammar, Purposes aims, Function<Cand, EventType> typeOf,
                     Predicate<Cand> voiced) {
        this.c = c;
        this.grammar = grammar;
        this.aims = aims;
        this.typeOf = typeOf;
        this.voiced = voiced;
    }

    /** Folds the candidates of the clause, keyed by their trigger word, in the order the rules apply. */
    Folded fold(Map<Integer, Cand> cands) {
        Map<Integer, Cand> innerOf = new HashMap<>();
        Set<Integer> absorbed = new HashSet<>();
        for (Cand w : cands.values()) {
            if (!w.t().wrap() || absorbed.contains(w.i())) continue;
            for (int comp : grammar.complements(w)) {
                for (int j : c.subtree(comp)) {
                    Cand in = cands.get(j);
                    // "demanded that the hostages held by X be freed": a passive relative with its doer is a fact
                    // "X should end the blockade, the minister said after the talks": the speaker's own clause is no part of it
                    boolean speakers = comp == grammar.reportedBefore(w) && c.subtree(w.i()).contains(j);
                    if (in == null || in == w || speakers || grammar.factualAside(j, comp) || outsideInfinitive(j, comp)
                            || PassiveRelatives.within(c, j, comp)
                            || grammar.isGapRelative(in) && in.light() != w.i()) continue;
                    absorbed.add(j);
                    // "vowed never to pardon them and to punish them": the vow is about the punishment
                    Cand before = innerOf.get(w.i());
                    if (before == null || voiced.test(before) && !voiced.test(in)) innerOf.put(w.i(), in);
                }
            }
        }
        absorbProtestAims(cands, absorbed);
        absorbChargedActs(cands, absorbed);
        absorbAttackToll(cands, absorbed);
        // "held talks to resolve the dispute", "travelled there to kill the governor": an aim is no event of its own
        for (Cand k : cands.values()) if (aims.onlyAnAim(ClauseCoder.verbOf(k), typeOf(k))) absorbed.add(k.i());
        return new Folded(innerOf, absorbed);
    }

    /**
     * "refused to meet the opposition leader and arrested his aides": the parser may hang a verb with a tense of its
     * own under a wish's infinitive, but an infinitive holds no tensed verb; that verb is a clause of its own
     * ({@link Coordination}), no part of what was refused or wished.
     */
    private boolean outsideInfinitive(int j, int comp) {
        boolean infinitive = c.relIs(comp, "xcomp") || c.infinitival(comp);
        return infinitive && Coordination.separateClauseBetween(c, j, comp);
    }

    /**
     * "Students staged demonstrations to demand reforms", "began a hunger strike to protest against the ruling": the
     * demand or denunciation a protest is for is that protest's aim, not a second event.
     */
    private void absorbProtestAims(Map<Integer, Cand> cands, Set<Integer> absorbed) {
        for (Cand p : cands.values()) {
            if (absorbed.contains(p.i()) || typeOf(p) != EventType.PROTEST) continue;
            for (int j : grammar.protestAims(p)) {
                Cand in = cands.get(j);
                if (in != null && in != p && PROTEST_AIMS.contains(typeOf(in))) absorbed.add(j);
            }
        }
    }

    /**
     * "Russia accused Ukraine of shelling the plant", "blamed the rebels for attacking a convoy": the act an accusation
     * charges is what one side says of the other, not an act the text asserts; it is not coded apart.
     */
    private void absorbChargedActs(Map<Integer, Cand> cands, Set<Integer> absorbed) {
        for (Cand a : cands.values()) {
            if (absorbed.contains(a.i()) || typeOf(a) != EventType.ACCUSE) continue;
            for (int j : grammar.chargedActs(a)) {
                Cand in = cands.get(j);
                if (in != null && in != a) absorbed.add(j);
            }
        }
    }

    /**
     * "Troops fired on the crowd, killing ten", "the camp was attacked by militiamen, killing 156": a participle of
     * killing or wounding after an attack tells that attack's toll, not another attack; so does one coordinated with
     * it ("killing or wounding 50"), and after an attack told by a noun, on that noun's light verb ("launched rocket
     * fire on the camps, killing ...").
     */
    private void absorbAttackToll(Map<Integer, Cand> cands, Set<Integer> absorbed) {
        for (Cand k : cands.values()) {
            if (!c.pos(k.i()).equals("VBG") || typeOf(k) != EventType.ASSAULT || !c.relIs(k.i(), "advcl", "dep", "xcomp")) continue;
            int h = c.head(k.i());
            boolean toll = cands.values().stream().anyMatch(a -> (a.i() == h || a.light() == h) && typeOf(a) == EventType.ASSAULT);
            if (!toll) continue;
            absorbed.add(k.i());
            for (int j : c.children(k.i(), "conj")) if (cands.containsKey(j) && typeOf(cands.get(j)) == EventType.ASSAULT) absorbed.add(j);
        }
    }

    private EventType typeOf(Cand k) {
        return typeOf.apply(k);
    }
}
