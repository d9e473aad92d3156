package org.dateline.core.read.html;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The calls to the reader that close a story. Once the story is told, news sites and blogs ask the reader to act
 * with them: "Got a tip? Email us at ...", "Listen to the show on Spotify", "For more coverage, visit
 * example.com/news", "Join our forums", "Book a free demo". Readers and the extraction benchmarks leave them out; they
 * survive block selection because they sit in the story's own container, in plain paragraphs with no telling class.
 *
 * <p>A call opens as an appeal does (an imperative, a question put to the reader, "For more ...", "If you liked
 * ...") and points at the publisher or its channels (us, our, a web or e-mail address, a newsletter, a podcast, an
 * app): both, as {@code reader-calls.txt} words them. Only the closing run is taken, from the last paragraph back,
 * with the short heading over it ("Collaborate with us"): a story that tells of a newsletter, or reports an appeal
 * ("Police urged anyone with information to call ..."), does not open its last lines as a call to its own reader,
 * and a call in the middle of the story is the story's when nothing marks it.
 */
final class ReaderCalls {
    private static final PatternRows ROWS = PatternRows.of(ReaderCalls.class, "reader-calls.txt");
    /** What may come before a call's first word: bullets, arrows, pictographs; not a quotation mark (a quoted appeal). */
    private static final String LEAD = "^[^\\p{L}\\p{N}\"'\u2018\u201c\u00ab\u201e]*";
    private static final Pattern OPENING = Pattern.compile(LEAD + "(?:" + ROWS.alternation("opening") + ")\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A question put to the reader, and its question mark before the first sentence ends otherwise. */
    private static final Pattern QUESTION = Pattern.compile(LEAD + "(?:" + ROWS.alternation("question") + ")\\b[^.!?]{0,150}\\?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern POINTER = Pattern.compile(ROWS.alternation("pointer"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How many closing paragraphs are looked at: a run of calls is short. */
    private static final int TAIL = 6;
    /** The most words a call has: a paragraph longer than this tells something. */
    private static final int CALL_WORDS = 70;
    /** The most words of a heading over a run of calls ("Get more travel content"). */
    private static final int HEADING_WORDS = 6;
    /** What ends a sentence, and so no heading. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"\u201d]$");

    private ReaderCalls() {}

    /**
     * Drops the run of calls that closes the paragraphs, and the short heading right over it; the first paragraph
     * stays. Returns whether any paragraph went.
     */
    static boolean strip(List<String> paragraphs) {
        int from = Math.max(1, paragraphs.size() - TAIL);
        int end = paragraphs.size();
        int start = end;
        while (start - 1 >= from && isCall(paragraphs.get(start - 1))) start--;
        if (start == end) return false;
        if (start - 1 >= 1 && isHeading(paragraphs.get(start - 1))) start--;
        paragraphs.subList(start, end).clear();
        return true;
    }

    /** Whether a paragraph opens as an appeal to the reader and points at the publisher or its channels. */
    static boolean isCall(String paragraph) {
        String p = paragraph.strip();
        if (p.isEmpty() || Spaces.count(p) >= CALL_WORDS) return false;
        if (!OPENING.matcher(p).find() && !QUESTION.matcher(p).find()) return false;
        return POINTER.matcher(p).find();
    }

    private static boolean isHeading(String paragraph) {
        String p = paragraph.strip();
        return !p.isEmpty() && Spaces.count(p) < HEADING_WORDS && !SENTENCE_END.matcher(p).find();
    }
}
