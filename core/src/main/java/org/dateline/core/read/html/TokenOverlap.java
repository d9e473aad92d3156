package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many words two texts share, each word counted as often as both have it (a bag of words, not a set: "the the
 * talks" shares two words with "the talks the"), and the F1 of that overlap: how much of one candidate body or title
 * another one says too. Words are what whitespace separates; callers normalise case and punctuation first.
 */
final class TokenOverlap {
    private TokenOverlap() {}

    /** How many words of {@code part}, counted with repeats, the other text also has. */
    static int shared(String part, String text) { return shared(words(part), words(text)); }

    /** The F1 of the words shared, precision over {@code b}'s words and recall over {@code a}'s; 0 when either is empty. */
    static double f1(String a, String b) {
        List<String> wa = words(a), wb = words(b);
        int common = shared(wb, wa);
        if (wa.isEmpty() || wb.isEmpty() || common == 0) return 0;
        double p = (double) common / wb.size(), r = (double) common / wa.size();
        return 2 * p * r / (p + r);
    }

    private static int shared(List<String> part, List<String> text) {
        Map<String, Integer> bag = new HashMap<>();
        for (String w : text) bag.merge(w, 1, Integer::sum);
        int n = 0;
        for (String w : part) {
            if (bag.getOrDefault(w, 0) > 0) { n++; bag.merge(w, -1, Integer::sum); }
        }
        return n;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : Spaces.split(s)) if (!w.isEmpty()) out.add(w);
        return out;
    }
}
