package org.dateline.core.read.draft;

import java.util.regex.Pattern;

/**
 * Removes the characters of a page that are instructions to a terminal or a text renderer rather than text, so that
 * what is stored, searched and printed is only what a reader of the page saw. Without this, an article whose text
 * holds ESC sequences clears or recolours the terminal of whoever runs {@code dateline search}, BEL and BS ring and
 * overwrite, and a right-to-left override (U+202E) makes a headline display as something it does not say.
 *
 * <p>Every format passes here ({@link ArticleDraft#finish}). Removed everywhere: the C0 controls except tab and
 * newline (a carriage return becomes a newline), DEL, the C1 controls, and the bidi overrides (U+202D, U+202E),
 * which no news text needs. Removed from one-line fields (headline, byline, dateline...) too: the bidi embeddings
 * and isolates (U+202A-U+202C, U+2066-U+2069), which a body in a right-to-left language may legitimately use but a
 * headline can use to reorder what follows it on the line it is printed on. Marks (U+200E, U+200F) stay: they
 * cannot reorder text around them.
 */
public final class ControlCharacters {
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202D\\u202E]");
    private static final Pattern BIDI_FORMATTING = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern CARRIAGE_RETURN = Pattern.compile("\\r\\n?");

    private ControlCharacters() {}

    /** Text with its control characters and bidi overrides removed; null stays null. */
    public static String clean(String text) {
        if (text == null) return null;
        return CONTROLS.matcher(CARRIAGE_RETURN.matcher(text).replaceAll("\n")).replaceAll("");
    }

    /** A one-line field (a headline, a byline) cleaned as {@link #clean} and free of every bidi formatting character. */
    public static String cleanLine(String text) {
        if (text == null) return null;
        return BIDI_FORMATTING.matcher(clean(text)).replaceAll("");
    }
}
