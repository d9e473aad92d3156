package org.dateline.core.read.html;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.resources.ResourceFile;
import org.dateline.model.DateCandidate;
import org.jsoup.nodes.Document;

/**
 * A relative stamp under the headline ("3 hours ago", "vor 2 Tagen", "il y a 5 jours", "2 gün önce"), counted back
 * from the day the page was fetched or announced: the source's date (a WARC record's, a feed item's) or the capture
 * time of a web archive's address ("/web/20131110121040/..."). Without such a day the stamp names none: the machine's
 * clock is never the reference. Words per language in {@code relative-dates.tsv}; units that fix no day ("3 months
 * ago") are not read.
 */
final class RelativeDates {
    /** The origin of a day counted back from a relative stamp. */
    static final String ORIGIN = "relative";
    private static final Map<String, ChronoUnit> UNITS = new HashMap<>();
    private static final Pattern STAMP;
    /** "web.archive.org/web/20131110121040/http://...": the capture's day. */
    private static final Pattern ARCHIVED = Pattern.compile("/web/((?:19|20)\\d{2})(\\d{2})(\\d{2})\\d{0,8}(?:[a-z_]{0,4})/");
    /** How far under the headline a stamp still dates the story. */
    private static final int NEAR_HEADLINE = 400;
    /** Counts past this are no stamp of a page's own publication ("1000 days ago" is a countdown's). */
    private static final int MAX_COUNT = 500;

    static {
        Map<String, String> words = new HashMap<>();
        for (String[] row : ResourceFile.rows(RelativeDates.class, "relative-dates.tsv")) {
            words.merge(row[0].strip(), row[1].strip(), (a, b) -> a + " " + b);
        }
        for (String unit : List.of("minutes", "hours", "days", "weeks")) {
            for (String w : words.get(unit).split("\\s+")) UNITS.put(w.toLowerCase(Locale.ROOT), ChronoUnit.valueOf(unit.toUpperCase(Locale.ROOT)));
        }
        // a word for one stands apart from its unit ("a day ago"); digits may run into it ("2h ago")
        String count = "(\\d{1,4}|(?:" + alternation(words.get("one")) + ")(?=\\s))";
        String unit = "(" + alternation(String.join(" ", UNITS.keySet())) + ")";
        STAMP = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:(?:" + alternation(words.get("before")) + ")\\s+" + count + "\\s*"
                + unit + "|" + count + "\\s*" + unit + "\\s+(?:" + alternation(words.get("after")) + "))(?!\\p{L})");
    }

    private RelativeDates() {}

    /** Adds the day a relative stamp under the headline names, when the page or its source gives a reference day. */
    static void add(Document doc, String headline, String url, LocalDate fetched, List<DateCandidate> out) {
        LocalDate reference = fetched != null ? fetched : archived(url);
        if (reference == null || doc.body() == null || headline == null || headline.isBlank()) return;
        String text = doc.body().text();
        int at = text.indexOf(headline.strip());
        if (at < 0) return;
        int from = at + headline.strip().length();
        String under = text.substring(from, Math.min(text.length(), from + NEAR_HEADLINE));
        Matcher m = STAMP.matcher(under);
        if (!m.find()) return;
        LocalDate day = back(reference, m.group(1) != null ? m.group(1) : m.group(3), m.group(1) != null ? m.group(2) : m.group(4));
        if (day != null) out.add(new DateCandidate(day.toString(), ORIGIN, m.group().strip()));
    }

    /** The day {@code count} units before the reference; hours and minutes fall on the reference day as a rule. */
    static LocalDate back(LocalDate reference, String count, String unit) {
        int n = count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count) : 1;
        ChronoUnit u = UNITS.get(unit.toLowerCase(Locale.ROOT));
        if (u == null || n > MAX_COUNT) return null;
        return switch (u) {
            case DAYS -> reference.minusDays(n);
            case WEEKS -> reference.minusWeeks(n);
            case HOURS -> reference.minusDays(n / 24);
            default -> reference;
        };
    }

    static LocalDate archived(String url) {
        if (url == null) return null;
        Matcher m = ARCHIVED.matcher(url);
        if (!m.find()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Words as a regular-expression alternation, longest first; "_" in a word stands for a blank ("il_y_a"). */
    private static String alternation(String words) {
        return Arrays.stream(words.strip().split("\\s+")).distinct()
                .sorted((a, b) -> b.length() - a.length())
                .map(w -> Pattern.quote(w.replace('_', ' ')).replace(" ", "\\E\\s+\\Q"))
                .reduce((a, b) -> a + "|" + b).orElse("");
    }
}
