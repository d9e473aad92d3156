package org.dateline.core.read.html;

import java.util.regex.Pattern;

/**
 * Runs of white space ({@code \s+}, as {@link String#split} and {@link String#replaceAll} read it), with the pattern
 * compiled once: {@code s.split("\\s+")} compiles it again on every call, and the reader asks it of every block,
 * class string and byline of a page. Same results as the {@code String} methods, character for character.
 */
final class Spaces {
    private static final Pattern RUN = Pattern.compile("\\s+");

    private Spaces() {}

    /** As {@code s.split("\\s+")}. */
    static String[] split(String s) { return RUN.split(s); }

    /**
     * As {@code s.split("\\s+").length}, without building the parts: the runs of other characters, one more when
     * the text opens with white space (split keeps that leading empty part), and for a text of white space only 0
     * (every part empty) unless it is empty (1: split returns the text itself). Asked of every paragraph to tell
     * prose from a notice.
     */
    static int count(String s) {
        if (s.isEmpty()) return 1;
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = isSpace(s.charAt(i));
            if (!space && !inRun) runs++;
            inRun = !space;
        }
        if (runs == 0) return 0;
        return isSpace(s.charAt(0)) ? runs + 1 : runs;
    }

    /** The characters of {@code \\s} without the Unicode flag: space, tab, new line, vertical tab, form feed, return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** As {@code s.replaceAll("\\s+", " ")}. */
    static String squeeze(String s) { return RUN.matcher(s).replaceAll(" "); }
}
