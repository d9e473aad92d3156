package org.dateline.core.event;

import java.util.HashMap;
import java.util.Map;

import org.dateline.core.resources.ResourceFile;

/**
 * The agent nouns of the generated PETRARCH lexicon ({@code petrarch/agents.tsv}, made by {@code dateline
 * dictionaries import}): "police" COP, "rebels" REB, "legislators" LEG. The coder takes one only with a country its
 * phrase gives ("Kenyan police", "rebels in Yemen"): a bare agent noun names nobody in particular. Only codes placed
 * after the actor's (sectors) are kept; the sector is the code's first three letters. An agent of two or three words
 * ("opposition party" OPP, "rights groups" HRI) is the noun with the modifiers written before it: the head alone
 * ("party", "groups") names no sector, and no one-word row could code it.
 */
final class ImportedAgents {
    /** The most words an agent phrase has that the coder looks up ("human rights groups"). */
    static final int LONGEST_PHRASE = 3;
    private static final Map<String, String> SECTORS = load(false);
    /** The agents of two or three words ("opposition party", "rights groups", "party leaders"), as written. */
    private static final Map<String, String> PHRASES = load(true);

    private ImportedAgents() {}

    private static Map<String, String> load(boolean phrases) {
        Map<String, String> out = new HashMap<>();
        for (String[] r : ResourceFile.rows(ImportedAgents.class, "petrarch/agents.tsv")) {
            if (r.length < 3 || !r[2].equals("after") || r[1].length() < 3) continue;
            int words = r[0].split(" ").length;
            if (phrases ? words < 2 || words > LONGEST_PHRASE : words != 1) continue;
            out.putIfAbsent(r[0], r[1].substring(0, 3));
        }
        return out;
    }

    /** The sector of an agent noun as written (lower case), or null. */
    static String sectorOf(String word) { return SECTORS.get(word); }

    /** The sector of an agent of several words as written, lower case, one space apart ("opposition party"), or null. */
    static String sectorOfPhrase(String phrase) { return PHRASES.get(phrase); }
}
