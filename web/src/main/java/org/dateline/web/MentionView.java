package org.dateline.web;

import java.util.List;

/**
 * One report of an event with its provenance: the article, the sentence as written, and where the event's actors,
 * date and place sit inside that sentence.
 *
 * @param article         article id
 * @param headline        its headline
 * @param publicationDate its publication date (TimeML), or null when the article is no longer stored
 * @param sentence        the source sentence
 * @param sentenceStart   body offset of the sentence, or -1 when it could not be found in the body
 * @param start           body offset of the event span
 * @param end             body offset where it ends (exclusive)
 * @param spans           non-overlapping highlights, in sentence order
 */
public record MentionView(String article, String headline, String publicationDate, String sentence,
                          int sentenceStart, int start, int end, List<Span> spans) {
    public MentionView {
        spans = List.copyOf(spans);
    }
}
