package org.dateline.core.event;

import java.util.Set;

import org.dateline.model.EventType;
import org.dateline.model.Participant;

/**
 * Attacks of words between public people: "the candidates took turns attacking the governor", "the
 * senator shot back", "she went on to attack how the debt grew". A verb of attack ({@code verbal-attack-verbs}) whose
 * doers are all people of civilian public life (a person named with a public sector: {@code verbal-attack-sectors})
 * and whose targets, if any, are people too is criticism (CAMEO 111, ACCUSE), not force: no armed body or weapon
 * does it, and no state or place is struck. "Putin attacked Ukraine" strikes a state and stays an attack; "troops
 * attacked the senator" has an armed doer.
 */
final class VerbalAttacks {
    private static final Set<String> VERBS = EventWords.get("verbal-attack-verbs");
    private static final Set<String> SECTORS = EventWords.get("verbal-attack-sectors");
    static final String CRITICIZE = "111";

    private final Clause c;
    private final ArticleContext ctx;
    private final TriggerGrammar grammar;

    VerbalAttacks(Clause c, ArticleContext ctx, TriggerGrammar grammar) {
        this.c = c;
        this.ctx = ctx;
        this.grammar = grammar;
    }

    /** Whether the coded attack is one of words between public people. */
    boolean verbal(Coding e) {
        int v = e.k.i();
        if (e.type != EventType.ASSAULT || e.k.t().noun() || !VERBS.contains(c.lemma(v))) return false;
        if (e.actors.isEmpty() || grammar.armedSubject(v)) return false;
        if (c.children(v, "obl").stream().anyMatch(k -> c.caseOf(k).equals("with"))) return false; // "with a knife"
        for (Participant p : e.actors) if (!publicPerson(p)) return false;
        for (Participant p : e.others) if (p.name() == null || !ctx.isPerson(p.name())) return false;
        return true;
    }

    private boolean publicPerson(Participant p) {
        return p.name() != null && ctx.isPerson(p.name()) && p.sector() != null && SECTORS.contains(p.sector());
    }
}
