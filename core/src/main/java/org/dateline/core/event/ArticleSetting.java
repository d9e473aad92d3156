package org.dateline.core.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dateline.model.CountryCodes;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;

/**
 * The state a story is set in, whose police, army or "government" a noun means when nothing in its phrase says whose:
 * the dateline's state; in a story with no dateline (a feed's item, an agency's text stripped of it) the state the
 * article names most often, by its name or a place in it, when it names it more than once and at least twice as often
 * as any other. Null when the story does not tell: an actor left without a country is better than one given a wrong one.
 */
final class ArticleSetting {
    private ArticleSetting() {}

    static String of(String datelineCountry, List<Entity> entities) {
        if (datelineCountry != null) return datelineCountry;
        Map<String, Integer> named = new HashMap<>();
        for (Entity e : entities) {
            if (!CountryCodes.isState(e.country()) || !namesPlace(e)) continue;
            named.merge(e.country(), 1, Integer::sum);
        }
        String best = null;
        int most = 0, second = 0;
        for (Map.Entry<String, Integer> n : named.entrySet()) {
            if (n.getValue() > most) {
                second = most;
                most = n.getValue();
                best = n.getKey();
            } else if (n.getValue() > second) {
                second = n.getValue();
            }
        }
        return most >= 2 && most >= 2 * second ? best : null;
    }

    /**
     * A state's name or a place in it: not its adjective or its people, which say where people come from ("Thai
     * military sources said"), nor a person or body placed there.
     */
    private static boolean namesPlace(Entity e) {
        return e.type() == EntityType.COUNTRY || e.type() == EntityType.LOCATION;
    }
}
