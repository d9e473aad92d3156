package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;

import org.dateline.model.CountryCodes;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;

/**
 * People who stand for states: an envoy placed by a state's possessive or nationality ("Seoul's chief nuclear
 * envoy") and a group of people of several countries ("the foreign ministers of Chile and Peru", "envoys from
 * Pyongyang"). Each is the article's key person of that state where it has one (the envoy the story follows), else
 * the state itself.
 */
final class StateGroups {
    private final Clause c;
    private final ArticleContext ctx;
    private final EntityRanks ranks;

    StateGroups(Clause c, ArticleContext ctx, EntityRanks ranks) {
        this.c = c;
        this.ctx = ctx;
        this.ranks = ranks;
    }

    /**
     * "Seoul's chief nuclear envoy", "her South Korean and Japanese counterparts": a negotiator's role placed by a
     * state's possessive or nationality stands for the article's envoy of that state (see envoy-roles.txt), else the
     * state.
     */
    List<Participant> envoysOf(int h) {
        List<Participant> out = new ArrayList<>();
        for (int m : Coordination.withConjuncts(c, c.children(h, "nmod:poss", "amod", "compound"))) {
            for (Entity e : c.entitiesAt(m)) {
                if (!CountryCodes.isState(e.country()) || e.type() == EntityType.PERSON) continue;
                Participant person = ctx.keyPerson(e.country());
                Participants.addAll(out, List.of(person != null ? person : ctx.participant(e)));
                break;
            }
        }
        return out;
    }

    /** "the foreign ministers of Chile and Peru", "envoys from Pyongyang": the states a group of people is from. */
    List<Participant> groupOfCountries(int h) {
        List<Participant> out = new ArrayList<>();
        for (int n : c.children(h, "nmod")) {
            if (c.caseOf(n).equals("from")) {
                // "envoys from Pyongyang": people sent by a state, who stand for it
                for (Entity e : c.entitiesAt(n)) {
                    if (e.type() == EntityType.COUNTRY || ctx.isCountryName(e)) {
                        Participants.addAll(out, List.of(ctx.participant(e)));
                        break;
                    }
                }
                continue;
            }
            if (!c.caseOf(n).equals("of")) continue;
            for (int k : Coordination.withConjuncts(c, n)) {
                Entity e = ranks.best(c.entitiesAt(k), false);
                if (e == null || e.country() == null) continue;
                Participant person = ctx.keyPerson(e.country());
                Participants.addAll(out, List.of(person != null ? person : ctx.participant(e)));
            }
            // the parser often breaks a long list of countries: read the rest of it in order
            for (int i = n + 1; i < c.size(); i++) {
                String w = c.lower(i);
                Entity e = ranks.best(c.entitiesAt(i), false);
                if (e != null && e.country() != null) {
                    Participant person = ctx.keyPerson(e.country());
                    Participants.addAll(out, List.of(person != null ? person : ctx.participant(e)));
                } else if (!(w.equals(",") || w.equals("and") || w.equals("the") || e != null)) {
                    break;
                }
            }
        }
        return out;
    }
}
