package org.dateline.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A summary of what the store holds, for {@code dateline stats} and the web front page.
 *
 * @param articles      stored articles
 * @param byLanguage    article count per language code, largest first
 * @param byAgency      article count per agency, largest first; articles without one under {@link #NO_AGENCY}
 * @param earliestDate  earliest publication date with a known year, or null when none
 * @param latestDate    latest publication date with a known year, or null when none
 * @param fileBytes     size on disk: the database file plus its write-ahead log
 * @param schemaVersion schema version of the file
 */
public record Stats(long articles, Map<String, Long> byLanguage, Map<String, Long> byAgency,
                   String earliestDate, String latestDate, long fileBytes, int schemaVersion) {
    /** Key in {@link #byAgency} for articles whose dateline names no agency. */
    public static final String NO_AGENCY = "(none)";

    public Stats {
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
        byAgency = Collections.unmodifiableMap(new LinkedHashMap<>(byAgency));
    }

    /** A few human-readable lines, as {@code dateline stats} prints them. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("articles   %,d%n", articles));
        b.append(String.format("dates      %s .. %s%n", earliestDate == null ? "?" : earliestDate, latestDate == null ? "?" : latestDate));
        b.append("languages  ").append(join(byLanguage)).append(System.lineSeparator());
        b.append("agencies   ").append(join(byAgency)).append(System.lineSeparator());
        b.append(String.format("file       %.1f MB, schema v%d", fileBytes / 1e6, schemaVersion));
        return b.toString();
    }

    private static String join(Map<String, Long> counts) {
        if (counts.isEmpty()) return "-";
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (var e : counts.entrySet()) {
            if (shown++ == 8) { b.append(", ..."); break; }
            if (b.length() > 0) b.append(", ");
            b.append(e.getKey()).append(' ').append(String.format("%,d", e.getValue()));
        }
        return b.toString();
    }
}
