package org.dateline.core.read.html;

import java.util.HashMap;
import java.util.Map;

/** Bag-of-words F1 between two texts: how much of one a candidate body shares with another. */
final class TokenOverlap {
    private TokenOverlap() {}

    static double f1(String a, String b) {
        Map<String, Integer> bag = new HashMap<>();
        int na = 0, nb = 0;
        for (String t : a.split("\\s+")) if (!t.isEmpty()) { bag.merge(t, 1, Integer::sum); na++; }
        int common = 0;
        for (String t : b.split("\\s+")) {
            if (t.isEmpty()) continue;
            nb++;
            Integer c = bag.get(t);
            if (c != null && c > 0) { common++; bag.put(t, c - 1); }
        }
        if (na == 0 || nb == 0 || common == 0) return 0;
        double p = (double) common / nb, r = (double) common / na;
        return 2 * p * r / (p + r);
    }
}
