package org.dateline.core.read.draft;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.core.resources.ResourceFile;

/**
 * Month names: English with its wire abbreviations ("Sept.", "Jan", "June") for story text, and for page dates
 * the names in every language listed in {@code month-languages.txt}, taken from the JDK's locale data (full and
 * short, format and standalone forms: the format form is the genitive that Slavic dates use, "18 сентября").
 */
public final class Months {
    private static final String[] NAMES = {"january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december"};
    private static final TextStyle[] STYLES = {TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT,
            TextStyle.SHORT_STANDALONE};

    private Months() {}

    /** 1-12 for an English month name or abbreviation (at least three letters), else null. */
    public static Integer number(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        if (w.length() < 3) return null;
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(w) || (w.length() <= 4 && NAMES[i].startsWith(w) && !w.equals("marc"))) return i + 1;
        }
        return null;
    }

    /** 1-12 for a month name or abbreviation in English or any of the page languages, else null. */
    public static Integer inAnyLanguage(String word) {
        Integer english = number(word);
        if (english != null) return english;
        return AnyLanguage.NAMES.get(fold(word));
    }

    /**
     * The names in every page language, built on first use: reading them from the JDK's locale data costs some 400 ms
     * of processor time (a few milliseconds a language), which English names ({@link #number}, asked by the wire
     * text and byline readers) and a page whose dates are all English never need.
     */
    private static final class AnyLanguage {
        static final Map<String, Integer> NAMES = anyLanguage();
    }

    private static String fold(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "").strip();
    }

    private static Map<String, Integer> anyLanguage() {
        Map<String, Integer> names = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (String tag : ResourceFile.entries(Months.class, "month-languages.txt")) {
            Locale locale = Locale.forLanguageTag(tag);
            for (Month m : Month.values()) {
                for (TextStyle style : STYLES) {
                    String name = fold(m.getDisplayName(style, locale));
                    if (name.length() < 3 || name.chars().anyMatch(Character::isDigit)) continue;
                    Integer before = names.putIfAbsent(name, m.getValue());
                    if (before != null && before != m.getValue()) ambiguous.add(name);
                }
            }
        }
        ambiguous.forEach(names::remove);
        return Map.copyOf(names);
    }
}
