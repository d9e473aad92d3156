package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A verb of giving ({@code giving-verbs}: offer, provide, deliver) is aid or an offer between parties when it gives to
 * someone or gives what parties give one another: "Japan offered Kenya a loan", "the UN delivered food to Gaza",
 * "Egypt offered talks", "offered to mediate". With no one it gives to and a thing of commerce or use as what it
 * gives ("the school offers degrees in finance", "the watch provides 85 hours of battery", "a newsletter delivered to
 * your inbox"), the clause describes goods or a service: the everyday sense of the verb on general web pages, which
 * no event coder codes.
 *
 * <p>What parties give is a closed class ({@code given-things}: aid, weapons, loans, asylum, ...) or an event noun of
 * the trigger lexicon ("offered talks", "offered condolences"); a modifier counts as well ("food aid", "military
 * intelligence"). A folded event ("offered to hold talks"), an indirect object ("offered Kenya a loan") or a recipient
 * found by the parties' step keeps the event whatever is given.
 */
final class Offerings {
    private static final Set<String> GIVING = EventWords.get("giving-verbs");
    private static final Set<String> GIVEN = EventWords.get("given-things");

    private final Clause c;
    private final TriggerLexicon lex;

    Offerings(Clause c, TriggerLexicon lex) {
        this.c = c;
        this.lex = lex;
    }

    /** Whether the coded verb only describes goods or a service: giving to no one, nothing that parties give. */
    boolean goodsOnly(Coding e) {
        Cand k = e.k;
        int v = k.i();
        if (k.t().noun() || e.inner != null || !e.others.isEmpty() || !GIVING.contains(c.lemma(v))) return false;
        if (!c.children(v, "iobj", "xcomp", "ccomp").isEmpty()) return false;
        return things(v).stream().noneMatch(this::givenThing);
    }

    /**
     * What the verb gives: its objects and their conjuncts, the subject of its passive, and the noun a participle
     * modifies ("aid delivered to Gaza").
     */
    private List<Integer> things(int v) {
        List<Integer> out = new ArrayList<>(c.children(v, "obj", "nsubj:pass"));
        if (c.relIs(v, "acl") && c.head(v) >= 0) out.add(c.head(v));
        return Coordination.withConjuncts(c, out);
    }

    private boolean givenThing(int n) {
        if (GIVEN.contains(c.lemma(n)) || c.pos(n).startsWith("NN") && lex.triggerFor(c.tokens.get(n)) != null) return true;
        return c.children(n, "amod", "compound").stream().anyMatch(m -> GIVEN.contains(c.lemma(m)));
    }
}
