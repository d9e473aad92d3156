package org.dateline.core.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.core.language.Token;

/**
 * Whether a speech verb after a closing quotation mark already says something of its own. In '"Never," he said.'
 * the verb has nothing after it but a stop, so the quotation is what he said. In '"Land of Plenty" he said was the
 * book's best chapter' or '"the state budget" on Monday, the minister said the cuts would stop', the verb has its
 * own content (a clause, a that-clause, a colon): the quotation before it is a term or a title the writer set off,
 * and its words are nobody's, least of all the speaker's.
 *
 * <p>What may come after the verb and still leave the quotation its content is a closed set: an end of clause
 * ({@code speech-verb-closers}: a stop, a comma, a closing mark), an adjunct (a preposition, an adverb, a
 * conjunction: {@code speech-verb-adjunct-tags}) or a day ({@code speech-verb-times}: "said Friday"). Anything else opens the verb's content.
 */
final class OwnContent {
    private static final Set<String> CLOSERS = QuoteWords.get("speech-verb-closers");
    private static final Set<String> ADJUNCT_TAGS = QuoteWords.get("speech-verb-adjunct-tags");
    private static final Set<String> TIMES = QuoteWords.get("speech-verb-times");

    private OwnContent() {}

    /**
     * True when the first token at or after {@code offset} in the text, on the same line, opens content of the
     * speech verb that ends before it: that is no end of clause, adjunct or day.
     */
    static boolean follows(String body, List<Token> tokens, int offset) {
        for (Token t : tokens) {
            if (t.start() < offset) continue;
            if (body.substring(offset, t.start()).contains("\n")) return false;
            String w = t.word().toLowerCase(Locale.ROOT);
            if (CLOSERS.contains(w)) return false;
            if (ADJUNCT_TAGS.contains(t.pos()) && !w.equals("that")) return false;
            return !TIMES.contains(w);
        }
        return false;
    }
}
