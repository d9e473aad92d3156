package org.dateline.core.event;

import java.util.List;
import java.util.Set;

import org.dateline.model.EventType;
import org.dateline.model.Participant;

/**
 * A state's act of law or force told in the passive with no agent and no place that says whose state it is: "Stephen
 * Kennedy was convicted of fraud", "he was taken into custody and charged with resisting arrest", "two teenagers were
 * sentenced". Local court and crime news rarely names the country, so {@link UnnamedAgents} finds no authority to
 * credit; the act still happened, and the hand-coding conventions code it with no actor (an agentless passive has
 * actors []). Without this the clause was dropped for want of an actor, and with it most of a crime story's events.
 * Only acts that are a state's by their nature qualify: coercion (arrests, detentions, bans, expulsions, CAMEO 17x)
 * and the criminal charges and verdicts of {@code state-charge-codes}; an agentless attack has its own unidentified
 * attacker, and an agentless accusation or criticism ("was criticised") is left out, as anyone may have made it.
 */
final class AgentlessActs {
    private static final Set<String> STATE_CHARGES = EventWords.get("state-charge-codes");

    private final Clause c;

    AgentlessActs(Clause c) { this.c = c; }

    /** Whether the event may stand with no actor: a state's act told in the passive, outside a relative clause. */
    boolean standsWithoutActor(Coding e) {
        if (!stateAct(e) || Coordination.inRelativeClause(c, e.k.i())) return false;
        return passiveVerb(e.k) >= 0 || frontedParticiple(c, e.k.i());
    }

    /**
     * "Arrested in 2012, they eventually pleaded guilty", "Detained by police in Minsk, the reporter was
     * deported": a bare past participle opening the sentence before a comma, with no subject or auxiliary of its
     * own, is a passive clause about the main clause's subject (ClauseParties reads that subject as the one acted on).
     */
    static boolean frontedParticiple(Clause c, int v) {
        int h = c.head(v);
        if (v < 0 || h <= v || !c.pos(v).equals("VBN") || !c.relIs(v, "advcl") || !c.pos(h).startsWith("VB")) return false;
        if (!c.children(v, "aux", "mark", "nsubj", "nsubj:pass").isEmpty()) return false;
        for (int i = 0; i < v; i++) if (!c.relIs(i, "punct", "advmod", "cc")) return false; // it opens the sentence
        for (int i = v + 1; i < h; i++) if (c.lower(i).equals(",")) return true;
        return false;
    }

    /**
     * The passive verb telling the act, or -1: the trigger itself ("was arrested"), or for an event noun the light
     * verb it is the complement of ("was taken into custody", the noun not being that verb's passive subject).
     */
    int passiveVerb(Cand k) {
        int v = k.light() >= 0 && k.t().noun() ? k.light() : k.i();
        // "was taken into custody and charged with X": the second participle shares the first one's passive subject
        v = Coordination.auxiliaryHolder(c, v, w -> c.childrenExact(w, "nsubj:pass").isEmpty() && c.pos(w).equals("VBN")
                && c.subjects(w).isEmpty());
        if (c.childrenExact(v, "nsubj:pass").isEmpty() || c.childrenExact(v, "nsubj:pass").contains(k.i())) return -1;
        return v;
    }

    /** The one a passive act is done to ("He was arrested and charged": he, for both verbs), or -1. */
    int patient(Cand k) {
        int v = passiveVerb(k);
        List<Integer> subjects = v >= 0 ? c.childrenExact(v, "nsubj:pass") : List.of();
        if (v < 0 && frontedParticiple(c, k.i())) subjects = c.subjects(c.head(k.i())); // "Arrested in 2012, they ..."
        return subjects.isEmpty() ? -1 : subjects.get(0);
    }

    /**
     * "The man was sentenced", "two teenagers were arrested": the one acted on named by a phrase that is no actor
     * (no name, no actor noun) is still who the act was done to, a private person placed nowhere: the phrase itself.
     */
    Participant unplacedPatient(int patient, String body) {
        return new Participant(c.text(c.subtreeWithout(patient, ParticipantFinder.CORE_CUT), body), null, null);
    }

    private static boolean stateAct(Coding e) { return isStateAct(e.type, e.code); }

    /** Coercion (CAMEO 17x), or a criminal charge or verdict ({@code state-charge-codes}): acts only a state does. */
    static boolean isStateAct(EventType type, String cameo) {
        return type == EventType.COERCE || type == EventType.ACCUSE && STATE_CHARGES.contains(cameo);
    }
}
