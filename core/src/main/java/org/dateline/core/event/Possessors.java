package org.dateline.core.event;

import java.util.List;
import java.util.Set;

import org.dateline.model.CountryCodes;
import org.dateline.model.Entity;
import org.dateline.model.Participant;

/**
 * Whose state an actor owned by a possessive pronoun is ("their government", "its troops", "his party"), when the
 * language layer did not resolve the pronoun: the possessor is the party the noun is coordinated with ("the king and
 * his government"), else the subject of the nearest clause above the noun ("the Norwegian fishermen accused their
 * government", "Turkey said its troops had shelled"; an infinitive's controller, "urged the farmers to defend their
 * union"), when the pronoun agrees with it: "his" and "her" one party, "its" one that is no person, "their" no single
 * person
 * ({@code person-possessives}, {@code body-possessives}, {@code group-possessives}). Null when the possessor gives
 * no one state: the story's place is no answer, since what a pronoun owns is its antecedent's.
 * A part of {@link ParticipantFinder}, read for common actor nouns and for bodies the language layer left unplaced.
 */
final class Possessors {
    private static final Set<String> PERSONAL = EventWords.get("person-possessives");
    private static final Set<String> BODILY = EventWords.get("body-possessives");
    private static final Set<String> GROUP = EventWords.get("group-possessives");
    /** How far up the parse a subject is looked for, and how deep possessors may nest ("their leaders' parties"). */
    private static final int REACH = 8;

    private final Clause c;
    private final ArticleContext ctx;
    private final ParticipantFinder parts;
    private int depth;

    Possessors(Clause c, ArticleContext ctx, ParticipantFinder parts) {
        this.c = c;
        this.ctx = ctx;
        this.parts = parts;
    }

    /** The possessive pronoun on noun n ("their" of "their government"), or -1. */
    int pronounOn(int n) {
        for (int k : c.childrenExact(n, "nmod:poss")) if (c.pos(k).equals("PRP$") && isPossessive(c.lower(k))) return k;
        return -1;
    }

    /** The state of whoever owns noun n through a possessive pronoun, or null. */
    String stateOf(int n) {
        int k = pronounOn(n);
        if (k < 0 || depth >= REACH) return null;
        depth++;
        try {
            String w = c.lower(k);
            // "Abdullah II and his government": the one it is coordinated with
            if (c.relIs(n, "conj")) return coordinated(c.head(n));
            for (int v = c.head(n), guard = 0; v >= 0 && guard < REACH; v = c.head(v), guard++) {
                if (!c.pos(v).startsWith("VB")) continue;
                for (int s : c.subjects(v)) if (!c.dominates(s, n)) return agreeing(s, w);
                // "urged the farmers to defend their union": the object of the verb the infinitive completes
                if (c.relIs(v, "xcomp") && c.head(v) >= 0) {
                    for (int o : c.childrenExact(c.head(v), "obj")) if (!c.dominates(o, n)) return agreeing(o, w);
                }
            }
            return null;
        } finally {
            depth--;
        }
    }

    private static boolean isPossessive(String w) {
        return PERSONAL.contains(w) || BODILY.contains(w) || GROUP.contains(w);
    }

    /** The state of the party a noun is coordinated with, from the language layer's entities on its head word. */
    private String coordinated(int h) {
        for (Entity e : c.entitiesAt(h)) if (CountryCodes.isState(e.country())) return e.country();
        return null;
    }

    /** The one state of the participants at s, when pronoun w can point to them; else null. */
    private String agreeing(int s, String w) {
        List<Participant> ps = parts.of(s);
        if (ps.isEmpty()) return null;
        // "the Chilean president praised his government": a leader named by his office stands as his state ("Chile")
        boolean person = ps.size() == 1 && ctx.isPerson(ps.get(0).name());
        if (PERSONAL.contains(w) && ps.size() > 1 || BODILY.contains(w) && (person || ps.size() > 1)
                || GROUP.contains(w) && person) return null;
        String state = ps.get(0).country();
        for (Participant p : ps) if (!CountryCodes.isState(p.country()) || !p.country().equals(state)) return null;
        return state;
    }
}
