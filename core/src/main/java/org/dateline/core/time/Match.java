package org.dateline.core.time;

import java.util.Locale;
import java.util.Map;

/**
 * One regex hit, detached from its matcher: Java 17's {@code MatchResult} cannot look up named groups, and the
 * rules are written with names, so the groups a rule declares are copied out when it matches.
 */
record Match(Rule rule, int start, int end, String text, Map<String, String> groups) {

    String group(String name) {
        return groups.get(name);
    }

    boolean has(String name) {
        return groups.get(name) != null;
    }

    /** The group in lower case with runs of spaces made single; null when the group did not take part. */
    String lower(String name) {
        String g = groups.get(name);
        return g == null ? null : g.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
