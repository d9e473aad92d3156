package org.dateline.core.dictionary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a PETRARCH phrase string: words joined by underscores (which must be consecutive in text) or blanks; a
 * final underscore, once TABARI's "whole word, do not stem" mark, carries no word.
 */
public final class PetrarchPhrase {
    private PetrarchPhrase() {}

    /** The words of a phrase: {@code "BARACK_OBAMA_"} gives [BARACK, OBAMA]. */
    public static List<String> words(String phrase) {
        return Arrays.stream(phrase.split("[_\\s]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** The words joined by one space: {@code "MR._OBAMA_"} gives "MR. OBAMA". */
    public static String text(String phrase) { return String.join(" ", words(phrase)); }

    /** The words in title case, for display: {@code "BARACK_OBAMA_"} gives "Barack Obama". */
    public static String titleCase(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : words(phrase)) {
            if (b.length() > 0) b.append(' ');
            String lower = w.toLowerCase(Locale.ROOT);
            b.append(Character.toUpperCase(lower.charAt(0))).append(lower.substring(1));
        }
        return b.toString();
    }

    /** True when the phrase ends with the underscore that turns off plural generation. */
    static boolean endsWithUnderscore(String phrase) { return phrase.endsWith("_"); }
}
