package org.dateline.core.read.wire;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a wire dateline at the start of a first paragraph: {@code SEOUL, Sept. 18 (Yonhap) --},
 * {@code WASHINGTON (Reuters) -}, {@code UNITED NATIONS, March 5, 2024 (AP) —}, {@code Pyongyang, December 1 (KCNA) --},
 * {@code JERUSALEM (AP) _}: ASCII wire feeds of the 1990s set their dash as an underscore, and a dateline left in the
 * body becomes the subject of the lead ("(AP) _ Officials rejected" coded AP as the one who rejected).
 * The dateline is metadata (place, date as written, agency), so it is taken out of the body text. Some feeds set it
 * on a line of its own ({@code HAVANA (AP) --}, then the lead as the next paragraph): then {@code rest} is empty.
 */
public final class DatelineParser {
    /**
     * A parsed dateline; {@code rest} is the paragraph text after it, empty for a dateline alone on its line. Any field
     * but place and rest may be null.
     */
    public record Dateline(String place, String dateText, String agency, String rest) {}

    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?<place>[A-Z][A-Za-z.'\\-]*(?:[ \\-][A-Z][A-Za-z.'\\-]*){0,3}(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?)"
            + "(?:,\\s*(?<date>" + MONTH + "\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+" + MONTH + "(?:\\s+\\d{4})?))?"
            + "\\s*(?:\\((?<agency>[A-Za-z][A-Za-z0-9 .&'\\-]{0,40})\\))?"
            + "\\s*(?:--|\u2014|\u2013|-|_)(?:\\s+(?<rest>\\S.*)|\\s*)$", Pattern.DOTALL);

    private DatelineParser() {}

    /**
     * The dateline at the start of {@code paragraph}, or null. Requires an agency or a date, so that an ordinary
     * sentence with a dash ("Moon - the president - said") is never mistaken for one; an all-caps place also passes.
     */
    public static Dateline parse(String paragraph) {
        if (paragraph == null) return null;
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.find()) return null;
        String place = m.group("place").strip();
        String date = m.group("date");
        String agency = m.group("agency");
        boolean capsPlace = place.replaceAll("[^A-Za-z]", "").chars().allMatch(Character::isUpperCase)
                && place.length() >= 3;
        if (date == null && agency == null && !capsPlace) return null;
        if (place.length() > 60) return null;
        return new Dateline(place, date == null ? null : date.strip(), agency == null ? null : agency.strip(),
                m.group("rest") == null ? "" : m.group("rest"));
    }
}
