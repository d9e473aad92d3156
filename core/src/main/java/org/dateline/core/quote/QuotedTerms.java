package org.dateline.core.quote;

import java.util.Locale;
import java.util.Set;

/**
 * Quotation marks that set off words nobody said: a title ("an article titled "Ever-Victorious Banner"") and a term
 * the writer holds at arm's length ("the financial crisis of the "empire"", "the "government" in the south"). A
 * speaker the sentence names or the paragraph carries over did not say these words, and filing them among the
 * speaker's quotes puts the writer's sneer or a book's title in his mouth.
 *
 * <p>A term is short ({@code term-max-words} words at most) and set in running text: nothing inside the marks ends a
 * clause ("No," he said keeps its comma inside), and the sentence goes on after the closing mark with a word, not
 * with a comma or a stop. A title follows a word that names it ({@code title-cues}: titled, entitled, dubbed, ...).
 */
final class QuotedTerms {
    private static final Set<String> TITLE_CUES = QuoteWords.get("title-cues");
    private static final int TERM_MAX_WORDS = Integer.parseInt(QuoteWords.get("term-max-words").iterator().next());

    private QuotedTerms() {}

    /**
     * True when the quotation between {@code open} (the first character inside the marks) and {@code close} (the
     * closing mark) is a title or a term, not speech.
     */
    static boolean isTitleOrTerm(String body, int open, int close) {
        return isTitle(body, open) || isTerm(body, open, close);
    }

    /** True when the word before the opening mark names what follows: "titled", "dubbed", "so-called". */
    static boolean isTitle(String body, int open) {
        int end = open - 1;                      // the opening mark
        while (end > 0 && Character.isWhitespace(body.charAt(end - 1))) end--;
        int start = end;
        while (start > 0 && !Character.isWhitespace(body.charAt(start - 1))) start--;
        if (start >= end) return false;
        String word = body.substring(start, end).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\-]", "");
        return TITLE_CUES.contains(word);
    }

    /** True for a few words in running text: no clause ends inside the marks, and a word follows the closing mark. */
    static boolean isTerm(String body, int open, int close) {
        if (close <= open || close >= body.length()) return false;
        String inside = body.substring(open, close).strip();
        if (inside.isEmpty() || inside.split("\\s+").length > TERM_MAX_WORDS) return false;
        if (!Character.isLetterOrDigit(inside.charAt(inside.length() - 1))) return false;
        int next = close + 1;
        while (next < body.length() && body.charAt(next) == ' ') next++;
        return next < body.length() && Character.isLetter(body.charAt(next));
    }
}
