package org.dateline.core.event;

import java.util.ArrayList;
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
    private static final Set<String> SAYING = EventWords.get("reporting-verbs");
    private static final Set<String> SAYING_AFTER = EventWords.get("postposed-saying-verbs");
    private static final Set<String> COMPARATIVES = EventWords.get("obliging-comparatives");
    private static final Set<String> ADVISED = EventWords.get("obliging-advised-adverbs");

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
        Trigger after = postposed(i);
        if (after != null) return after;
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
            if (content && advisory(c, k)) return lex.modal("should"); // "said X had better leave"
        }
        return null;
    }

    /**
     * A verb of saying told after the obligation it reports ("The U.S. should end the blockade, the minister said"):
     * the parser makes the obliged clause the head and hangs the verb of saying under it. The obliged clause needs its
     * own subject, on whom the demand lies. Asked before the verb's own rows: "it held" is no holding.
     */
    Trigger postposed(int i) {
        if (!saidAfter(c, i)) return null;
        int h = c.head(i);
        if (c.children(h, "nsubj", "nsubj:pass").isEmpty() || stative(h)) return null;
        return obliged(c, h) ? lex.modal("should") : null;
    }

    /** The clauses a verb of saying v reports: its complements, or the clause it follows ("X must go, he said"). */
    static List<Integer> reportedClauses(Clause c, int v) {
        List<Integer> out = new ArrayList<>(c.children(v, "ccomp", "xcomp"));
        if (saidAfter(c, v)) out.add(c.head(v));
        return out;
    }

    /**
     * A verb of saying told after the clause it reports, which the parser makes its head ("X must go, the minister
     * said", "X has refused all talks, the statement said"): hung under it as parataxis or a complement, a verb of
     * saying or one that says only there ({@code postposed-saying-verbs}: "..., it held", "..., it urged"), with a
     * subject of its own, or a document noun after it ("..., urged the statement": {@link DocumentVoices#documentSubject}).
     * One reading for the demands told before their speaker and for conduct charged in someone's words
     * ({@link ClaimedConduct}).
     */
    static boolean saidAfter(Clause c, int v) {
        int h = c.head(v);
        if (h < 0 || h > v || !c.relIs(v, "parataxis", "ccomp", "dep")) return false;
        // "..., urged the statement": the document the parser put after the verb is its subject (s54)
        if (c.subjects(v).isEmpty() && DocumentVoices.documentSubject(c, v, -1) < 0) return false;
        if (c.relIs(v, "dep") && !c.subjects(v).isEmpty()) return false; // a loose "dep" only with the document after it
        return SAYING.contains(c.lemma(v)) || SAYING_AFTER.contains(c.lemma(v));
    }

    /**
     * Advice that is a demand in all but name: "had better" ("'d better") and "would be well advised to". The parser
     * makes "had" the clause's head with "better" next to it, and "advised" a passive with "well" as its adverb.
     */
    static boolean advisory(Clause c, int k) {
        if (c.lemma(k).equals("have") && k + 1 < c.size() && COMPARATIVES.contains(c.lower(k + 1))) return true;
        return c.lemma(k).equals("advise") && !c.children(k, "nsubj:pass").isEmpty()
                && c.children(k, "advmod").stream().anyMatch(a -> ADVISED.contains(c.lower(a)))
                && !c.children(k, "xcomp").isEmpty();
    }

    /**
     * Whether the clause k carries an obligation: an obliging modal as its auxiliary ("should study"), as its head
     * (the parser's "ought"), or "have" with the infinitive's "to" right after it ("has to lift").
     */
    static boolean obliged(Clause c, int k) {
        if (advisory(c, k)) return true;
        if (c.pos(k).equals("MD") && OBLIGING.contains(c.lower(k))) return true;
        return c.children(k, "aux").stream().anyMatch(a -> OBLIGING.contains(c.lower(a)) || c.haveTo(a));
    }

    /**
     * An obliged state, not an act: a predicate with a copula ("should be mindful", "must be aware") or a verb of
     * feeling or knowing ({@code stative-obligation-verbs}: "should feel ashamed", "must know"), also under "ought".
     * A modal with the perfect ("must not have written the letter", "should have known") judges the past, an inference
     * or a regret, and asks no act of anyone either.
     */
    private boolean stative(int k) {
        for (int v : c.pos(k).equals("MD") ? c.children(k, "xcomp") : List.of(k)) {
            if (!c.children(v, "cop").isEmpty() || STATIVE.contains(c.lemma(v))) return true;
            if (modalPerfect(v)) return true;
        }
        return false;
    }

    /** "must have written", "should not have gone": a modal followed by the bare "have" of the perfect. */
    private boolean modalPerfect(int v) {
        return c.hasModal(v) && c.children(v, "aux").stream().anyMatch(a -> c.lemma(a).equals("have") && c.pos(a).equals("VB"));
    }
}
