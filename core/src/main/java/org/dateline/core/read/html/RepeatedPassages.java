package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A passage the page says twice: a run of several paragraphs that repeats, word for word and in the same order, a
 * run read earlier. Writers repeat a sentence (a pull quote, a refrain) but never a whole passage of paragraphs; a
 * second copy is the template's (the story written again for another screen width and left visible to a parser,
 * a forum post rendered once in the thread and once in a preview, a gated copy of the article under the open one).
 * The second copy goes; the first stays where it was read. Short runs stay: a shop's fine print printed under
 * every offer, or a label repeated in each item of a list, is what the page shows each time.
 */
final class RepeatedPassages {
    /** A repeated run must be at least this many paragraphs long ... */
    static final int MIN_PARAGRAPHS = 3;
    /** ... and say at least this many words. */
    static final int MIN_WORDS = 60;
    /** Compiled once: every paragraph of every page is squashed, and replaceAll compiles anew each call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private RepeatedPassages() {}

    /** The paragraphs with every later copy of an earlier passage left out. */
    static List<String> dropRepeats(List<String> paragraphs) {
        if (paragraphs.size() < 2 * MIN_PARAGRAPHS) return paragraphs;
        List<String> keys = new ArrayList<>(paragraphs.size());
        Map<String, Integer> first = new HashMap<>();
        for (String p : paragraphs) {
            String k = squash(p);
            first.putIfAbsent(k, keys.size());
            keys.add(k);
        }
        List<String> out = new ArrayList<>(paragraphs.size());
        int i = 0;
        while (i < keys.size()) {
            int run = repeatedRun(keys, first.get(keys.get(i)), i);
            if (run > 0) {
                i += run;
                continue;
            }
            out.add(paragraphs.get(i++));
        }
        return out.size() == paragraphs.size() ? paragraphs : out;
    }

    /**
     * How many paragraphs from {@code at} repeat those from {@code earlier} in order, when they make a passage
     * (long enough in paragraphs and words); else 0. The copy may not run into itself.
     */
    private static int repeatedRun(List<String> keys, int earlier, int at) {
        if (earlier >= at) return 0;
        int n = 0;
        long words = 0;
        while (at + n < keys.size() && earlier + n < at && keys.get(earlier + n).equals(keys.get(at + n))) {
            words += words(keys.get(at + n));
            n++;
        }
        return n >= MIN_PARAGRAPHS && words >= MIN_WORDS ? n : 0;
    }

    /** Words of a squashed paragraph: its spaces plus one. */
    private static int words(String squashed) {
        if (squashed.isEmpty()) return 0;
        int n = 1;
        for (int i = 0; i < squashed.length(); i++) if (squashed.charAt(i) == ' ') n++;
        return n;
    }

    private static String squash(String p) {
        return SPACES.matcher(p.strip()).replaceAll(" ");
    }
}
