package org.dateline.core.event;

import java.util.HashMap;
import java.util.Map;

import org.dateline.core.resources.ResourceFile;

/**
 * The one-word agent nouns of the generated PETRARCH lexicon ({@code petrarch/agents.tsv}, made by {@code dateline
 * dictionaries import}): "police" COP, "rebels" REB, "legislators" LEG. The coder takes one only with a country its
 * phrase gives ("Kenyan police", "rebels in Yemen"): a bare agent noun names nobody in particular. Only codes placed
 * after the actor's (sectors) are kept; the sector is the code's first three letters.
 */
final class ImportedAgents {
    private static final Map<String, String> SECTORS = load();

    private ImportedAgents() {}

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        for (String[] r : ResourceFile.rows(ImportedAgents.class, "petrarch/agents.tsv")) {
            if (r.length < 3 || r[0].contains(" ") || !r[2].equals("after") || r[1].length() < 3) continue;
            out.putIfAbsent(r[0], r[1].substring(0, 3));
        }
        return out;
    }

    /** The sector of an agent noun as written (lower case), or null. */
    static String sectorOf(String word) { return SECTORS.get(word); }
}
