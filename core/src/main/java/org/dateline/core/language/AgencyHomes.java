package org.dateline.core.language;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.dateline.core.resources.ResourceFile;

/**
 * The country a news agency files from ({@code event/agency-homes.tsv}): where "here" is in a story with no dateline,
 * and whose "Korean officials" a Seoul or Pyongyang agency means when the text names no dateline.
 */
public final class AgencyHomes {
    private static final Map<String, String> HOMES = new HashMap<>();

    static {
        for (String[] r : ResourceFile.rows(AgencyHomes.class, "/org/dateline/core/event/agency-homes.tsv")) {
            if (r.length >= 2) HOMES.put(r[0].strip(), r[1].strip());
        }
    }

    private AgencyHomes() {}

    /** The ISO3 home of the agency as the article names it, or null (no agency, or one not listed). */
    public static String of(String agency) {
        return agency == null ? null : HOMES.get(agency.strip().toLowerCase(Locale.ROOT));
    }
}
