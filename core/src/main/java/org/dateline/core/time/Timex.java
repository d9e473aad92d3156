package org.dateline.core.time;

/**
 * One time expression found in a text and what it means, in TimeML terms.
 *
 * @param text       the expression as written
 * @param type       DATE, TIME, DURATION or SET
 * @param value      the TimeML value ("2019-09-25", "2019-W38", "P3D", "PAST_REF", "XXXX-WXX-1"); null when the
 *                   expression is recognised but cannot be resolved honestly (see {@link TimexResolver})
 * @param mod        EARLY, MID, LATE, APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE; null when none
 * @param start      offset of the first character in the text given to the resolver
 * @param end        offset just past the last character
 * @param anchorUsed true when the value was computed from the anchor date (so it must be recomputed if the
 *                   publication date turns out to be wrong); false when the text alone fixes it
 */
public record Timex(String text, String type, String value, String mod, int start, int end, boolean anchorUsed) {

    public Timex(String text, String type, String value, String mod, int start, int end) {
        this(text, type, value, mod, start, end, false);
    }
}
