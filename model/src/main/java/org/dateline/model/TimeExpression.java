package org.dateline.model;

/**
 * A time expression in the body resolved to a TimeML value.
 *
 * @param text  as written
 * @param type  DATE, TIME, DURATION or SET
 * @param value TimeML value: 2019-09-25, 2019-09, 2019-W38, XXXX-09-26, P3D, PAST_REF
 * @param mod   EARLY, MID, LATE, APPROX, ... or null
 * @param start body offset (inclusive)
 * @param end   body offset (exclusive)
 */
public record TimeExpression(String text, String type, String value, DateModifier mod, int start, int end) {}
