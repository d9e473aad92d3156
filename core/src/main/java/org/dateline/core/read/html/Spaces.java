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

    /** As {@code s.replaceAll("\\s+", " ")}. */
    static String squeeze(String s) { return RUN.matcher(s).replaceAll(" "); }
}
