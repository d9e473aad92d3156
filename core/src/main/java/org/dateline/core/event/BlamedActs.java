package org.dateline.core.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.dateline.model.EventType;
import org.dateline.model.Participant;

/**
 * "The council condemned the bombing of the embassies in Nairobi", "Cyprus denounced the attacks in Kenya": a blame
 * whose object is a hostile act blames whoever did it, not its victims or the place it struck. The blamed side is the
 * act's doer as its phrase names it ("the shelling by the army", "Israel's raid on Gaza", "the Israeli raid"); when the phrase names
 * none, the blame has no recipient the sentence gives, rather than the victims' state.
 *
 * <p>The act is a noun of the trigger lexicon whose type is hostile ({@code ASSAULT}, {@code COERCE}, ...): "the
 * arrest of the journalists" blames the ones who arrested them as "the killing of the villagers" blames the killers.
 */
final class BlamedActs {
    /** The types of hostile acts: force, coercion, sanctions, threats and the moving of forces. */
    static final Set<EventType> HOSTILE = EnumSet.of(EventType.ASSAULT, EventType.COERCE, EventType.SANCTION,
            EventType.THREATEN, EventType.MOBILIZE);

    private final Clause c;
    private final TriggerLexicon lex;
    private final Function<String, EventType> typeOfCode;

    BlamedActs(Clause c, TriggerLexicon lex, Function<String, EventType> typeOfCode) {
        this.c = c;
        this.lex = lex;
        this.typeOfCode = typeOfCode;
    }

    /** Gives a blame of a hostile act the act's doers as its other side (none when the act's phrase names none). */
    void blameTheDoers(Coding e, ParticipantFinder parts, Recipients recipients) {
        if (e.type != EventType.ACCUSE || e.k.t().noun()) return;
        List<Integer> acts = c.children(e.k.i(), "obj").stream().filter(this::hostileAct).toList();
        if (acts.isEmpty()) return;
        List<Participant> doers = new ArrayList<>();
        for (int a : acts) {
            for (int p : c.children(a, "nmod")) {
                boolean possessor = c.relIs(p, "nmod:poss") && !c.pos(p).equals("PRP$");
                if (possessor || c.caseOf(p).equals("by")) Participants.addAll(doers, parts.of(p));
            }
            // "condemned the U.S.-led drills", "the drills sponsored by Japan": the party that leads them did them
            if (doers.isEmpty()) Participants.addAll(doers, recipients.ledBy(a));
            // "denounced the U.S. blockade", "condemned the Israeli raid": the state the act's modifier names did it
            if (doers.isEmpty()) Participants.addAll(doers, recipients.modifierState(a));
        }
        doers.removeIf(p -> Participants.contains(e.actors, p));
        e.others.clear();
        e.others.addAll(doers);
    }

    private boolean hostileAct(int n) {
        if (!c.pos(n).startsWith("NN")) return false;
        Trigger t = lex.triggerFor(c.tokens.get(n));
        if (t == null || !t.noun()) return false;
        EventType type = typeOfCode.apply(t.cameo());
        return type != null && HOSTILE.contains(type);
    }
}
