package org.dateline.core.connect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The occasions a report marks by their number: "on the 67th birthday of the party", "to mark the 86th anniversary
 * of the union", "the fifth anniversary of the declaration". A sender that posts, greets or praises for one
 * anniversary does so again for the next; the sender, the deed and most words of the two reports agree, and the
 * number of the occasion is what tells them apart. Two reports disagree when both number an occasion and share no
 * number: "the 67th birthday" and "the 86th anniversary" are two occasions. A report that numbers none says nothing
 * either way ("on the anniversary").
 *
 * <p>An ordinal is written in digits ("67th", "100th", "1st") or in words ({@code ordinal-words}: "fifth"), and
 * counts when one of the next {@link #REACH} words is an occasion noun ({@code numbered-occasions}: anniversary,
 * birthday), so that "the 60th founding anniversary" and "the 100th birth anniversary" are read, and "the second
 * round of talks" is not. The words are read in the report's sentence. Cached per report; not thread-safe, like the
 * merger that owns it.
 */
final class OrdinalOccasions {
    /** How many words after an ordinal its occasion noun may stand: "the 100th birth anniversary". */
    static final int REACH = 3;
    private static final Set<String> OCCASIONS = ConnectWords.get("numbered-occasions");
    private static final Map<String, Integer> WORDS = ordinalWords();
    private static final Pattern DIGITS = Pattern.compile("(\\d{1,4})(?:st|nd|rd|th)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");

    private final Map<EventMention, Set<Integer>> cache = new IdentityHashMap<>();

    /** True when both reports number an occasion and no number agrees. */
    boolean disagree(EventMention a, EventMention b) {
        Set<Integer> x = cache.computeIfAbsent(a, m -> numbers(m.mention().sentence()));
        if (x.isEmpty()) return false;
        Set<Integer> y = cache.computeIfAbsent(b, m -> numbers(m.mention().sentence()));
        if (y.isEmpty()) return false;
        for (Integer n : x) if (y.contains(n)) return false;
        return true;
    }

    /** The numbers of the occasions a text names: "the 67th birthday" gives 67. */
    static Set<Integer> numbers(String text) {
        Set<Integer> out = new HashSet<>();
        if (text == null) return out;
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) words.add(w.group().toLowerCase(Locale.ROOT));
        for (int i = 0; i < words.size(); i++) {
            Integer n = ordinal(words.get(i));
            if (n == null) continue;
            for (int j = i + 1; j <= i + REACH && j < words.size(); j++) {
                if (OCCASIONS.contains(words.get(j))) {
                    out.add(n);
                    break;
                }
            }
        }
        return out;
    }

    private static Integer ordinal(String word) {
        Matcher d = DIGITS.matcher(word);
        if (d.matches()) return Integer.parseInt(d.group(1));
        return WORDS.get(word);
    }

    /** {@code ordinal-words} as word=number pairs: "fifth=5". */
    private static Map<String, Integer> ordinalWords() {
        Map<String, Integer> out = new HashMap<>();
        for (String pair : ConnectWords.get("ordinal-words")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
        }
        return out;
    }
}
