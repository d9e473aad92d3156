package org.dateline.core.read.draft;

import java.util.Locale;

/** English month names and their wire abbreviations ("Sept.", "Jan", "June"). */
public final class Months {
    private static final String[] NAMES = {"january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december"};

    private Months() {}

    /** 1-12 for a month name or abbreviation (at least three letters), else null. */
    public static Integer number(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        if (w.length() < 3) return null;
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(w) || (w.length() <= 4 && NAMES[i].startsWith(w) && !w.equals("marc"))) return i + 1;
        }
        return null;
    }
}
