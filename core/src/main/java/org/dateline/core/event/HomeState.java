package org.dateline.core.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dateline.model.CountryCodes;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;

/**
 * The state a story is set in, read off the states its entities name. Newspaper pages often carry no dateline, yet a
 * reader knows that "prosecutors", "judges" or "lawmakers" in a story about one country's politics are that
 * country's: a human coder codes them so. Only a clear majority counts: a story that names two states about as often
 * (a summit, a war) has no home state, and an organ noun of it stays unplaced.
 */
final class HomeState {
    /** At least this many mentions of the state... */
    static final int MIN_MENTIONS = 3;
    /** ...and at least this share of all mentions of states. */
    static final double MIN_SHARE = 0.6;

    private HomeState() {}

    /** The home state of a story with these entities, or null when no state has a clear majority. */
    static String of(List<Entity> entities) {
        return of(entities, MIN_SHARE);
    }

    /** The home state when it holds at least this share of the story's mentions of states (and the fewest mentions). */
    static String of(List<Entity> entities, double minShare) {
        Map<String, Integer> count = new HashMap<>();
        int all = 0;
        for (Entity e : entities) {
            if (e.type() == EntityType.PRONOUN || !CountryCodes.isState(e.country())) continue;
            count.merge(e.country(), 1, Integer::sum);
            all++;
        }
        String best = null;
        int n = 0;
        for (Map.Entry<String, Integer> m : count.entrySet()) {
            if (m.getValue() > n) {
                best = m.getKey();
                n = m.getValue();
            }
        }
        return n >= MIN_MENTIONS && n >= minShare * all ? best : null;
    }
}
