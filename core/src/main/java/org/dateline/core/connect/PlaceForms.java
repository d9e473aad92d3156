package org.dateline.core.connect;

import java.util.Set;

/**
 * A place written as its noun or as its adjective: "the Far East region" and "the Far Eastern region", "Siberia
 * region" and "the Siberian region", are one place, and a trip to it is one trip ({@link DeedParties#sameObject}).
 * An adjective is its noun and one of the {@code place-adjective-endings} ("east" and "ern", "Siberia" and "n"),
 * the noun at least {@link #MIN_NOUN} letters long, so that short words ("a", "in") never pass for another.
 */
final class PlaceForms {
    private static final Set<String> ENDINGS = ConnectWords.get("place-adjective-endings");
    static final int MIN_NOUN = 4;

    private PlaceForms() {}

    /** True when two words (lower case) are one, or one is the other's adjective. */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) return true;
        String shorter = a.length() <= b.length() ? a : b, longer = shorter == a ? b : a;
        if (shorter.length() < MIN_NOUN || !longer.startsWith(shorter)) return false;
        return ENDINGS.contains(longer.substring(shorter.length()));
    }

    /** True when two phrases (lower case, words split by a space) agree word for word up to the shorter's end. */
    static boolean samePrefix(String a, String b) {
        String[] x = a.split(" "), y = b.split(" ");
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) if (!sameWord(x[i], y[i])) return false;
        return true;
    }
}
