package org.dateline.model;

import java.util.List;

/**
 * A canonical actor of the knowledge base: a person, organisation or state with its aliases and roles over time.
 *
 * @param name    canonical name ("Lee Do-hoon", "North Korea")
 * @param type    PERSON, ORGANIZATION, COUNTRY, GROUP, or null when unknown
 * @param country ISO 3166 alpha-3 (or IGO) code, or null
 * @param sector  GOV, MIL, IGO, ... or null
 * @param aliases other names it was written as ("Lee", "Pyongyang", "the North")
 * @param roles   role phrases with the first and last publication date they were seen
 * @param events  number of story events it takes part in
 */
public record ActorProfile(String name, EntityType type, String country, String sector, List<String> aliases,
                           List<Role> roles, int events) {
    public ActorProfile {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }

    /** A role held, as seen in the news between two dates (TimeML values). */
    public record Role(String role, String firstSeen, String lastSeen) {}
}
