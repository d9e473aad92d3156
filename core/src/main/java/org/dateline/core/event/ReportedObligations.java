package org.dateline.core.event;

import java.util.List;
import java.util.Set;

/**
 * Demands told in reported speech: a verb of saying whose that-clause lays an obligation on its subject ("said the
 * U.S. should end the blockade") is the speaker's demand of that subject, and the demanded act never happened. Kept
 * apart from {@link TriggerGrammar}, which confirms the triggers a clause names itself; {@link ClauseCoder} asks this
 * class only when the verb's own row does not decide. Whether a clause carries an obligation at all ({@link #obliged})
 * is asked here too by the classes that decide on whom it lies ({@link ExhortedPeople}, {@link PartylessDuties}).
 */
final class ReportedObligations {
    private static final Set<String> STATIVE = EventWords.get("stative-obligation-verbs");
    private static final Set<String> OBLIGING = EventWords.get("obliging-modals");

    private final Clause c;
    private final TriggerLexicon lex;

    ReportedObligations(Clause c, TriggerLexicon lex) {
        this.c = c;
        this.lex = lex;
    }

    /**
     * A verb whose that-clause carries an obligation modal ("said Libya must hand over", "noted that Japan should
     * apologize", "said the U.S. has to lift the sanctions"): the modal's trigger, a demand the speaker makes of the
     * clause's subject. The parser may hang "has to lift" as an open complement with "has" as its auxiliary ("have"
     * counts only with the infinitive's "to" right after it: "has lifted" is a perfect), and "ought" as the head.
     */
    Trigger trigger(int i) {
        if (!c.pos(i).startsWith("VB")) return null;
        for (int k : c.children(i, "ccomp", "xcomp")) {
            if (stative(k)) continue; // "said the ministry should feel ashamed": a reproach, no act demanded
            boolean content = c.relIs(k, "ccomp");
            // "said Georgia ought to withdraw": the parser may make the modal the clause's head
            if (content && c.pos(k).equals("MD") && lex.modal(c.lower(k)) != null) return lex.modal(c.lower(k));
            for (int a : c.childrenExact(k, "aux")) {
                Trigger m = content ? lex.modal(c.lower(a)) : null;
                if (m == null && c.haveTo(a)) m = lex.modal("have to");
                if (m != null) return m;
            }
        }
        return null;
    }

    /**
     * Whether the clause k carries an obligation: an obliging modal as its auxiliary ("should study"), as its head
     * (the parser's "ought"), or "have" with the infinitive's "to" right after it ("has to lift").
     */
    static boolean obliged(Clause c, int k) {
        if (c.pos(k).equals("MD") && OBLIGING.contains(c.lower(k))) return true;
        return c.children(k, "aux").stream().anyMatch(a -> OBLIGING.contains(c.lower(a)) || c.haveTo(a));
    }

    /**
     * An obliged state, not an act: a predicate with a copula ("should be mindful", "must be aware") or a verb of
     * feeling or knowing ({@code stative-obligation-verbs}: "should feel ashamed", "must know"), also under "ought".
     */
    private boolean stative(int k) {
        for (int v : c.pos(k).equals("MD") ? c.children(k, "xcomp") : List.of(k)) {
            if (!c.children(v, "cop").isEmpty() || STATIVE.contains(c.lemma(v))) return true;
        }
        return false;
    }
}
