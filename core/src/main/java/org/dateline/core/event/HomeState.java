package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dateline.core.language.Gazetteer;
import org.dateline.model.CountryCodes;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;

/**
 * The state a story is set in, read off the states its entities name. Newspaper pages often carry no dateline, yet a
 * reader knows that "prosecutors", "judges" or "lawmakers" in a story about one country's politics are that
 * country's: a human coder codes them so. Only a clear majority counts: a story that names two states about as often
 * (a summit, a war) has no home state, and an organ noun of it stays unplaced.
 *
 * <p>A page of one country's local news names its towns, provinces and states far more often than the country itself
 * ("COLUMBUS, Ohio", "a judge in Cook County", "the Texas legislature"): the places the language layer leaves unplaced
 * count for the state the imported country dictionaries put them in ({@link #placed}), as a reader counts them.
 */
final class HomeState {
    /** At least this many mentions of the state... */
    static final int MIN_MENTIONS = 3;
    /** ...and at least this share of all mentions of states. */
    static final double MIN_SHARE = 0.6;

    private HomeState() {}

    /**
     * The entities with each place the language layer left in no state ("Ohio", "Columbus") placed in the state the
     * actor dictionary puts it in, when the dictionary codes it as that state itself, with no sector: a town, a
     * province, a region of it (PETRARCH's country entries list them). A body or a person it codes is left alone:
     * this counts where a story happens, not who acts in it.
     */
    static List<Entity> placed(List<Entity> entities, ActorDictionary dictionary, String date) {
        if (dictionary == null) return entities;
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            String state = e.type() == EntityType.LOCATION && e.country() == null ? stateOfPlace(e.text(), dictionary, date) : null;
            out.add(state == null ? e : e.withCountry(state));
        }
        return out;
    }

    private static String stateOfPlace(String place, ActorDictionary dictionary, String date) {
        return dictionary.lookup(place, date)
                .filter(c -> c.sector() == null && isCountry(c.country()))
                .map(ActorDictionary.Coding::country).orElse(null);
    }

    /** A state of the country table, not one of the dictionaries' regions ("EUR", "AFR"). */
    private static boolean isCountry(String code) {
        return CountryCodes.isState(code) && !code.equals(Gazetteer.standard().countryName(code));
    }

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
