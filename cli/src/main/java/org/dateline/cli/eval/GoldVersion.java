package org.dateline.cli.eval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tells whether a gold record describes the stored page or another version of it (the story was edited, retitled
 * or re-dated after the gold was written): the gold title must appear somewhere in the page (text, meta or
 * structured data), nine in ten of the gold body's words must be found in it, and the gold day (or a day next to
 * it: the same instant in another time zone) must be written in it in one of the common forms. Pages that fail are
 * scored apart, so that a reader is neither blamed nor tuned for what the page does not hold.
 */
final class GoldVersion {
    private static final double MIN_BODY_RECALL = 0.9;

    private static final List<DateTimeFormatter> FORMS = Stream.of("yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd",
            "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy", "dd.MM.yyyy", "d.M.yyyy",
            "MM/dd/yyyy", "M/d/yyyy", "dd/MM/yyyy").map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH)).toList();

    private GoldVersion() {}

    private static boolean holdsDay(String lowerHtml, LocalDate day) {
        for (LocalDate d : List.of(day, day.minusDays(1), day.plusDays(1))) {
            for (DateTimeFormatter f : FORMS) {
                if (lowerHtml.contains(f.format(d).toLowerCase(Locale.ROOT))) return true;
            }
        }
        return false;
    }

    static boolean differs(GoldPage g, String html) {
        if (g.title() == null && g.body() == null) return false;
        Document doc = Jsoup.parse(html);
        StringBuilder all = new StringBuilder(doc.text());
        for (Element m : doc.select("meta[content]")) all.append(' ').append(m.attr("content"));
        for (Element s : doc.select("script[type~=(?i)ld\\+json]")) all.append(' ').append(s.data());
        String haystack = ExtractionEvalCommand.normTitle(all.toString());
        if (g.title() != null && !g.title().isBlank()
                && !haystack.contains(ExtractionEvalCommand.normTitle(g.title()))) {
            return true;
        }
        if (g.date() != null && !holdsDay(html.toLowerCase(Locale.ROOT), LocalDate.parse(g.date()))) return true;
        if (g.body() == null || g.body().isBlank()) return false;
        double recall = ExtractionEvalCommand.bagOfWords(ExtractionEvalCommand.normTitle(g.body()), haystack)[1];
        return recall < MIN_BODY_RECALL;
    }
}
