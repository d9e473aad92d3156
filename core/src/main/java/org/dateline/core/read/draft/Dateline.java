package org.dateline.core.read.draft;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire dateline at the head of a story: "SEOUL, Sept. 18 (Yonhap) --", "KANSAS CITY, Mo. (AP) —",
 * "LONDON, Dec 3 (Reuters) -", "ATLANTA --". Shared by the wire-text and the HTML readers so that both split
 * the same way.
 *
 * <p>Why so strict: the place must be written in capitals and be followed by a dash, and a bare place needs a
 * long dash ("--", "—"); ordinary sentences ("US officials said - ...") must never lose their first words.
 *
 * @param place    the dateline city as written, e.g. "SEOUL" or "KANSAS CITY, Mo."
 * @param dateText the date as written ("Sept. 18"), or null when the dateline has none
 * @param agency   the agency in brackets ("Yonhap", "AP"), or null
 * @param rest     the paragraph after the dateline
 */
public record Dateline(String place, String dateText, String agency, String rest) {
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?<place>\\p{Lu}[\\p{Lu}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{Lu}.'\u2019-]*){0,3}"
            + "(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})?)"
            + "(?:,?\\s+(?<date>" + MONTH + "\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+" + MONTH + "(?:\\s+\\d{4})?))?"
            + "\\s*(?:\\((?<agency>[\\p{L}&/.\\- ]{2,30})\\))?"
            + "\\s*(?<dash>--|\u2014|\u2013|-|:)\\s+(?<rest>\\S.*)$",
            Pattern.DOTALL);

    /** The dateline of a first paragraph, or null when it does not start with one. */
    public static Dateline parse(String firstParagraph) {
        if (firstParagraph == null || firstParagraph.length() > 100_000) return null;
        Matcher m = DATELINE.matcher(firstParagraph);
        if (!m.matches()) return null;
        String place = m.group("place").strip();
        String head = place.contains(",") ? place.substring(0, place.indexOf(',')) : place;
        if (head.replaceAll("[^\\p{L}]", "").length() < 2 || !head.equals(head.toUpperCase(Locale.ROOT))) {
            return null;
        }
        String date = m.group("date");
        String agency = m.group("agency");
        String dash = m.group("dash");
        boolean longDash = dash.equals("--") || dash.equals("\u2014") || dash.equals("\u2013");
        if (dash.equals(":") && date == null && agency == null) return null;
        if (!longDash && date == null && agency == null) return null;
        if (agency != null && agency.strip().split("\\s+").length > 4) return null;
        return new Dateline(place, date == null ? null : date.strip(), agency == null ? null : agency.strip(),
                m.group("rest").strip());
    }
}
