package org.dateline.cli.eval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Tells whether a gold record describes the stored page or another version of it (the story was edited, retitled
 * or re-dated after the gold was written, or the gold was taken from another rendering of the address). The test
 * looks at the whole page, never at what a reader made of it, so that a reader's miss is not taken for a changed
 * page: its visible text, its meta contents and its scripts (where a page built in the browser keeps its story).
 * Pages that fail are scored apart, so that a reader is neither blamed nor tuned for what the page does not hold;
 * they are counted and shown, never dropped.
 */
final class GoldVersion {
    /**
     * Below this share of the gold body's four-word runs found anywhere in the page, the gold was written from
     * another text: a reader that misses boilerplate still finds the story's runs in the page, while an edited or
     * rewritten story loses most of them (a run of four words breaks at any changed word, where single words
     * survive a rewrite, so shingles tell versions apart and word bags do not).
     */
    static final double MIN_BODY_SHINGLES = 0.5;
    private static final int SHINGLE = 4;

    private static final List<DateTimeFormatter> FORMS = Stream.of("yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd",
            "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy", "dd.MM.yyyy", "d.M.yyyy",
            "MM/dd/yyyy", "M/d/yyyy", "dd/MM/yyyy").map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH)).toList();
    /**
     * The forms a page writes a day in its own language (month names as java.time knows them for the language of
     * the page's {@code lang}, "24. Februar 2022", "21 сентября 2020", and two-digit years, "26.10.13").
     */
    private static final List<String> OWN_FORMS = List.of("d MMMM yyyy", "d. MMMM yyyy", "d MMM yyyy", "d. MMM yyyy",
            "MMMM d, yyyy", "d 'de' MMMM 'de' yyyy", "dd.MM.yy", "dd/MM/yy", "yyyy.MM.dd", "yyyy. MM. dd", "d.MM.yyyy");

    /** Why a gold record does not describe the stored page; {@code NONE} when it does. */
    enum Difference {
        NONE("gold matches"),
        /** Most of the gold body's four-word runs are nowhere in the page. */
        BODY("body shingles absent"),
        /** The gold title is nowhere in the page, its text, meta or structured data. */
        TITLE("title absent"),
        /** The gold day (or a day next to it) is written nowhere in the page in a common form. */
        DATE("day absent");

        final String label;

        Difference(String label) { this.label = label; }
    }

    private GoldVersion() {}

    static boolean differs(GoldPage g, String html) { return of(g, html) != Difference.NONE; }

    /** The first way the gold does not describe the page: its body, then its title, then its day. */
    static Difference of(GoldPage g, String html) {
        if (g.title() == null && g.body() == null && g.date() == null) return Difference.NONE;
        Document doc = Jsoup.parse(html);
        String page = pageText(doc);
        if (g.body() != null && !g.body().isBlank() && bodyShare(g.body(), page) < MIN_BODY_SHINGLES) {
            return Difference.BODY;
        }
        if (g.title() != null && !g.title().isBlank()
                && !ExtractionEvalCommand.normTitle(page).contains(ExtractionEvalCommand.normTitle(g.title()))) {
            return Difference.TITLE;
        }
        if (g.date() != null && !holdsDay(html.toLowerCase(Locale.ROOT), LocalDate.parse(g.date()), language(doc))) {
            return Difference.DATE;
        }
        return Difference.NONE;
    }

    /** Everything a page holds as text: what it shows, its meta contents and its scripts' data. */
    static String pageText(Document doc) {
        StringBuilder all = new StringBuilder(doc.text());
        for (Element m : doc.select("meta[content]")) all.append(' ').append(m.attr("content"));
        for (Element s : doc.select("script")) all.append(' ').append(s.data());
        return all.toString();
    }

    /**
     * The share of the gold body's four-word runs (lower-case {@code \w+} words, as the benchmarks count words) that
     * the page text holds; 1 for a gold of no words. Entities left escaped in a gold text ("&amp;#39;") are read as
     * the characters they stand for, so that an artifact of how the gold was written is not taken for another text.
     */
    static double bodyShare(String gold, String page) {
        List<String> runs = shingles(BenchmarkScores.words(Parser.unescapeEntities(gold, false), true));
        if (runs.isEmpty()) return 1;
        Set<String> held = heldAmong(new HashSet<>(runs), BenchmarkScores.words(page, true));
        long found = runs.stream().filter(held::contains).count();
        return (double) found / runs.size();
    }

    /**
     * Which of the wanted runs the page's words hold, in one pass over them. A run is joined only where the page has
     * its first word, so a page of a hundred thousand words (scripts included) costs a hash lookup a word rather than
     * a string a word; the answer is the same as joining every run of the page.
     */
    private static Set<String> heldAmong(Set<String> wanted, List<String> words) {
        Set<String> found = new HashSet<>();
        if (words.isEmpty()) return found;
        if (words.size() < SHINGLE) {
            String all = String.join(" ", words);
            if (wanted.contains(all)) found.add(all);
            return found;
        }
        Set<String> firsts = new HashSet<>();
        for (String run : wanted) {
            int space = run.indexOf(' ');
            firsts.add(space < 0 ? run : run.substring(0, space));
        }
        for (int i = 0; i + SHINGLE <= words.size() && found.size() < wanted.size(); i++) {
            if (!firsts.contains(words.get(i))) continue;
            String run = String.join(" ", words.subList(i, i + SHINGLE));
            if (wanted.contains(run)) found.add(run);
        }
        return found;
    }

    private static List<String> shingles(List<String> words) {
        if (words.isEmpty()) return List.of();
        if (words.size() < SHINGLE) return List.of(String.join(" ", words));
        List<String> out = new ArrayList<>(words.size() - SHINGLE + 1);
        for (int i = 0; i + SHINGLE <= words.size(); i++) out.add(String.join(" ", words.subList(i, i + SHINGLE)));
        return out;
    }

    private static boolean holdsDay(String lowerHtml, LocalDate day, Locale language) {
        List<DateTimeFormatter> forms = new ArrayList<>(FORMS);
        if (language != null) {
            for (String p : OWN_FORMS) forms.add(DateTimeFormatter.ofPattern(p, language));
        }
        for (LocalDate d : List.of(day, day.minusDays(1), day.plusDays(1))) {
            for (DateTimeFormatter f : forms) {
                if (lowerHtml.contains(f.format(d).toLowerCase(language == null ? Locale.ROOT : language))) return true;
            }
        }
        return false;
    }

    /** The language the page declares ({@code <html lang>}, else og:locale), or null. */
    private static Locale language(Document doc) {
        Element html = doc.selectFirst("html[lang]");
        String tag = html != null ? html.attr("lang") : null;
        if (tag == null || tag.isBlank()) {
            Element og = doc.selectFirst("meta[property=og:locale][content]");
            tag = og == null ? null : og.attr("content");
        }
        if (tag == null || tag.isBlank()) return null;
        Locale l = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        return l.getLanguage().isEmpty() ? null : l;
    }
}
