package org.dateline.store.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which place names are compared: accents dropped, lower case, and only letters and digits kept, so
 * that the spellings of one romanization meet ("P'yŏngyang", "Pyongyang"; "Puk-ch'ŏng", "Pukchong";
 * "south Korea", "South Korea"). Different romanizations ("Sogwipho", "Seogwipo") do not meet.
 */
final class PlaceKey {
    /** Combining marks, modifier letters (the ʼ of McCune-Reischauer) and everything that is no letter or digit. */
    private static final Pattern DROP = Pattern.compile("[\\p{M}\\p{Lm}]|[^\\p{L}\\p{N}]");

    private PlaceKey() {}

    static String of(String text) {
        if (text == null) return "";
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD);
        return DROP.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
