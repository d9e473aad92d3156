package org.dateline.core.connect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence around a span of a body, for mentions and link evidence. A light splitter (paragraphs, then a full
 * stop before a capital not preceded by an abbreviation such as "U.S." or "Sept."): the language stage's sentences
 * are not carried in {@code Annotated}, and a reader needs the words, not a perfect split.
 */
public final class Sentences {
    private static final Pattern END = Pattern.compile("[.!?][\"”’']?\\s+(?=[\"“‘']?[A-Z0-9])");
    private static final Pattern ABBREV = Pattern.compile("(?:\\b[A-Z]|\\b[A-Z][a-z]{1,3}|\\b(?:[A-Za-z]\\.)+[A-Za-z]|\\bSept|\\bNo|\\bSt)$");

    private Sentences() {}

    static String around(String body, int start, int end) {
        if (body == null || body.isEmpty()) return "";
        int[] span = span(body, start, end);
        return body.substring(span[0], span[1]);
    }

    /**
     * The body offsets {@code [from, to)} of the sentence {@link #around} gives for a span (its words, stripped of
     * the white space around them); {@code [0, 0)} for an empty body. A label file names a report by these offsets.
     */
    public static int[] span(String body, int start, int end) {
        if (body == null || body.isEmpty()) return new int[] {0, 0};
        int s = Math.max(0, Math.min(start, body.length()));
        int e = Math.max(s, Math.min(end, body.length()));
        int pStart = body.lastIndexOf("\n", Math.max(0, s - 1));
        pStart = pStart < 0 ? 0 : pStart + 1;
        int pEnd = body.indexOf('\n', e);
        if (pEnd < 0) pEnd = body.length();
        if (pStart > s) pStart = s;
        String para = body.substring(pStart, pEnd);
        int from = 0, to = para.length();
        Matcher m = END.matcher(para);
        while (m.find()) {
            if (abbreviationAt(para, m.start())) continue;
            if (m.end() <= s - pStart) from = m.end();
            else if (m.start() >= e - pStart) { to = m.start() + 1; break; }
        }
        int a = pStart + from, b = pStart + Math.min(to, para.length());
        while (a < b && Character.isWhitespace(body.charAt(a))) a++;   // as String.strip()
        while (b > a && Character.isWhitespace(body.charAt(b - 1))) b--;
        return new int[] {a, b};
    }

    /** True when the full stop at that offset ends an abbreviation ("U.S.", "Sept.", "No."), not a sentence. */
    static boolean abbreviationAt(String text, int stop) {
        return ABBREV.matcher(text.substring(Math.max(0, stop - 6), stop)).find();
    }
}
