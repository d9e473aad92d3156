package org.dateline.core.read.html;

/**
 * A text with the decimal digits of every script written as the digits 0-9: "١٨/٠٩/٢٠١٩" (Arabic-Indic),
 * "۱۸.۰۹.۲۰۱۹" (Persian), "१८-०९-२०१९" (Devanagari) read as "18/09/2019". Pages in these scripts write their
 * stamps with their own digits, and the date forms are written with the digits 0-9: mapped once, every form (numeric,
 * dotted, with month names) reads them. Each digit is one character before and after, so that positions found in the
 * mapped text hold in the written one. The calendar is not changed: a Persian or Hijri year (1399, 1441) stays
 * that year and falls outside the years a web page is dated in.
 */
final class LatinDigits {
    private LatinDigits() {}

    /** The text with each digit of another script as its 0-9 value; the same string when it has none. */
    static String of(String s) {
        if (s == null) return null;
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 || !Character.isDigit(c)) continue;
            int v = Character.digit(c, 10);
            if (v < 0) continue;
            if (out == null) out = s.toCharArray();
            out[i] = (char) ('0' + v);
        }
        return out == null ? s : new String(out);
    }
}
