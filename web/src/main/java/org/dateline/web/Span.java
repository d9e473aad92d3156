package org.dateline.web;

/**
 * A highlighted stretch of a sentence: the page wraps {@code sentence.substring(start, end)} in a mark of this kind.
 *
 * @param kind  {@code actor}, {@code date} or {@code place}
 * @param start offset into the sentence (inclusive)
 * @param end   offset into the sentence (exclusive)
 * @param text  the words, so a client can check it cut the right ones
 * @param value what they resolve to: the canonical actor, the TimeML date, the place
 */
public record Span(String kind, int start, int end, String text, String value) {}
