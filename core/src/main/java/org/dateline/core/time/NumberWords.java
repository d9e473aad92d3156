package org.dateline.core.time;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the quantities of duration phrases: "3", "2 1/2", "twenty-four", "a couple of", "several" (vague). */
final class NumberWords {
    /** Marker for a vague quantity ("several", "a few"), written X in TimeML. */
    static final BigDecimal VAGUE = new BigDecimal("-1");

    private NumberWords() {}

    /** The quantity, {@link #VAGUE}, or null when the text is no quantity. */
    static BigDecimal parse(String text) {
        if (text == null) return null;
        String t = text.toLowerCase(Locale.ROOT).replace(",", "").replaceAll("\\s+", " ").strip();
        BigDecimal extra = BigDecimal.ZERO;
        if (t.endsWith(" and a half") || t.endsWith(" and half")) {
            extra = new BigDecimal("0.5");
            t = t.substring(0, t.lastIndexOf(" and ")).strip();
        }
        if (t.startsWith("half a") || t.equals("half an")) return new BigDecimal("0.5");
        Matcher frac = Pattern.compile("(\\d+) ([1-3])/([2-4])").matcher(t);
        if (frac.matches()) {
            return new BigDecimal(frac.group(1)).add(new BigDecimal(frac.group(2))
                    .divide(new BigDecimal(frac.group(3)), 2, java.math.RoundingMode.HALF_UP));
        }
        if (t.matches("\\d+(\\.\\d+)?")) return new BigDecimal(t).add(extra);
        String v = Lexicon.get().numbers.get(t);
        if (v != null) return v.equals("X") ? VAGUE : new BigDecimal(v).add(extra);
        String[] parts = t.split("[ -]");
        if (parts.length == 2) {
            String a = Lexicon.get().numbers.get(parts[0]);
            String b = Lexicon.get().numbers.get(parts[1]);
            if (a != null && b != null && !a.equals("X") && !b.equals("X")) {
                return new BigDecimal(a).add(new BigDecimal(b)).add(extra);
            }
        }
        return null;
    }
}
