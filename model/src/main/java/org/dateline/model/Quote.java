package org.dateline.model;

/**
 * Something said: a direct quote or reported speech, with its speaker resolved to a canonical name.
 *
 * @param text    the quoted words (without quotation marks) or the reported clause
 * @param speaker canonical name of the speaker, or null when the text does not say
 * @param start   offset into the body (inclusive)
 * @param end     offset into the body (exclusive)
 * @param kind    "direct" (words inside quotation marks) or "reported" (X said that ..., ..., X said; according to X)
 */
public record Quote(String text, String speaker, int start, int end, String kind) {
    public static final String DIRECT = "direct";
    public static final String REPORTED = "reported";
}
