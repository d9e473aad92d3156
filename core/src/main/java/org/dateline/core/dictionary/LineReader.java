package org.dateline.core.dictionary;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads a PETRARCH dictionary line by line, removing what every format treats as comment: {@code #} to the end of
 * the line, TABARI's older {@code ;} to the end of the line (still found in the CAMEO verbs and the discards), and
 * XML comments {@code <!-- -->}, which may span lines. Blank lines are skipped. One line can be pushed back, which is
 * all the entry parsers need to know where an entry ends.
 */
final class LineReader implements Closeable {
    private final BufferedReader in;
    private final String source;
    private int number;
    private boolean inXmlComment;
    private DictionaryLine pushedBack;

    LineReader(BufferedReader in, String source) {
        this.in = in;
        this.source = source;
    }

    String source() { return source; }

    /** The next meaningful line, or null at the end of the file. */
    DictionaryLine next() {
        if (pushedBack != null) {
            DictionaryLine l = pushedBack;
            pushedBack = null;
            return l;
        }
        try {
            for (String raw; (raw = in.readLine()) != null; ) {
                number++;
                DictionaryLine l = clean(raw);
                if (l != null) return l;
            }
            if (inXmlComment) throw error(number, "<!-- comment never closed with -->");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(source + ":" + number + ": " + e.getMessage(), e);
        }
    }

    void pushBack(DictionaryLine line) { pushedBack = line; }

    DictionaryException error(int line, String reason) { return new DictionaryException(source, line, reason); }

    private DictionaryLine clean(String raw) {
        String line = withoutXmlComments(raw);
        String comment = "";
        int cut = firstOf(line, '#', ';');
        if (cut >= 0) {
            comment = line.substring(cut + 1).strip();
            line = line.substring(0, cut);
        }
        String text = line.strip();
        if (text.isEmpty()) return null;
        boolean indented = Character.isWhitespace(line.charAt(0));
        return new DictionaryLine(number, text, comment, indented);
    }

    private String withoutXmlComments(String raw) {
        StringBuilder kept = new StringBuilder();
        int at = 0;
        while (at <= raw.length()) {
            if (inXmlComment) {
                int end = raw.indexOf("-->", at);
                if (end < 0) return kept.toString();
                inXmlComment = false;
                at = end + 3;
            } else {
                int open = raw.indexOf("<!--", at);
                if (open < 0) {
                    kept.append(raw, at, raw.length());
                    return kept.toString();
                }
                kept.append(raw, at, open);
                inXmlComment = true;
                at = open + 4;
            }
        }
        return kept.toString();
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a), j = s.indexOf(b);
        if (i < 0) return j;
        if (j < 0) return i;
        return Math.min(i, j);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
