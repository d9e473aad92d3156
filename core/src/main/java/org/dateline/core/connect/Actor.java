package org.dateline.core.connect;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.dateline.model.EntityType;

/**
 * One actor of the {@link ActorKnowledgeBase} while the record is read: its name, kind, codes, the names it was
 * written as, the states its reports named after its name and its roles with the first and last day seen.
 */
final class Actor {
    private static final int MAX_ALIASES = 40;
    private static final int MAX_ROLES = 20;

    final String name;
    EntityType type;
    String country;
    /** True once a mention's own words gave the state ({@link PersonStates}), which no coded guess replaces. */
    boolean countryStated;
    String sector;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> statesNamed = new TreeSet<>();
    final Map<String, String[]> roles = new LinkedHashMap<>(); // lower-cased role -> {role, first, last}

    int mentions;

    Actor(String name, EntityType type) { this.name = name; this.type = type; }

    /** Takes in another actor's record: its name and aliases, roles, codes where this one has none. */
    void absorb(Actor other) {
        alias(other.name);
        other.aliases.forEach(this::alias);
        other.roles.values().forEach(r -> { role(r[0], r[1]); role(r[0], r[2]); });
        if (country == null || other.countryStated && !countryStated && other.country != null) country = other.country;
        countryStated |= other.countryStated;
        if (sector == null) sector = other.sector;
        statesNamed.addAll(other.statesNamed);
        mentions += other.mentions;
    }

    void alias(String s) {
        if (s != null && !s.isBlank() && aliases.size() < MAX_ALIASES) aliases.add(s.strip());
    }

    void role(String role, String date) {
        String[] seen = roles.get(role.toLowerCase(Locale.ROOT));
        if (seen == null) {
            if (roles.size() < MAX_ROLES) roles.put(role.toLowerCase(Locale.ROOT), new String[] {role, date, date});
            return;
        }
        if (date.compareTo(seen[1]) < 0) seen[1] = date;
        if (date.compareTo(seen[2]) > 0) seen[2] = date;
    }
}
