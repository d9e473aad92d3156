package org.dateline.core.event;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.resources.ResourceFile;

/**
 * "Marked the 25th anniversary of the leader's visit to Havana", "the centenary of the uprising": the event an
 * anniversary is of happened that many years before the day that marks it. Told in a story of the celebration, it
 * is no event of the article's day: it takes the year the count gives, or no date when the text gives no count
 * ("the anniversary of the victory").
 */
final class Anniversaries {
    private static final Set<String> NOUNS = EventWords.get("anniversary-nouns");
    private static final Set<String> CASES = EventWords.get("anniversary-cases");
    private static final Map<String, String> COUNTS = ResourceFile.keyValues(Anniversaries.class, "anniversary-counts.txt");
    /** A numeral ordinal: "25th", "1st", "60th". */
    private static final Pattern NUMERAL_ORDINAL = Pattern.compile("(\\d{1,4})(?:st|nd|rd|th)");
    /** How far an event noun may lie below the anniversary: "the anniversary of the signing of the treaty". */
    private static final int MAX_HOPS = 2;

    /** No anniversary above the word. */
    static final int NONE = -1;
    /** An anniversary without a count: the event is past, its year not given. */
    static final int UNCOUNTED = 0;

    private final Clause c;

    Anniversaries(Clause c) { this.c = c; }

    /**
     * How many years before the marked day the event of word {@code w} happened, when {@code w} is what an
     * anniversary is of; {@link #UNCOUNTED} for an anniversary without a count, {@link #NONE} for no anniversary.
     */
    int yearsBefore(int w) {
        int n = w;
        for (int hop = 0; hop < MAX_HOPS && n >= 0; hop++) {
            if (!c.relIs(n, "nmod") || !CASES.contains(c.caseOf(n))) return NONE;
            int head = c.head(n);
            if (head >= 0 && NOUNS.contains(c.lemma(head)) || head >= 0 && NOUNS.contains(c.lower(head))) {
                return count(head);
            }
            n = head;
        }
        return NONE;
    }

    /** The years an anniversary noun counts: its own ("centenary"), else its ordinal's ("the 60th anniversary"). */
    private int count(int noun) {
        int own = years(c.lower(noun));
        if (own > 0) return own;
        for (int m : c.children(noun, "amod", "nummod", "compound")) {
            int y = years(c.lower(m));
            if (y > 0) return y;
        }
        return UNCOUNTED;
    }

    private static int years(String word) {
        Matcher m = NUMERAL_ORDINAL.matcher(word);
        if (m.matches()) return Integer.parseInt(m.group(1));
        String v = COUNTS.get(word);
        return v == null ? 0 : Integer.parseInt(v);
    }
}
