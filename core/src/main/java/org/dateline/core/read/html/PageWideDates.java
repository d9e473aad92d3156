package org.dateline.core.read.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.read.draft.PublicationDateChooser;
import org.dateline.core.resources.ResourceFile;
import org.dateline.model.DateCandidate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The last places a page's date hides, asked only when its markup (JSON-LD, meta tags, time elements, the URL, date
 * blocks, the line under the headline) gave none, strongest first: a date after a word that labels it ("Published
 * on", "Veröffentlicht am", "Fecha:", {@code date-labels.txt}); a date in the page's title ("Report of 22.04.2020");
 * a publication key in the page's own script data ("published_at", {@code script-date-keys.txt}), which shop and
 * single-page systems fill instead of meta tags; the upload path of the page's share image ("/2016/05/04/x.png");
 * the first short text of the page that is nothing but a date, the stamp of a post, a forum thread or a news list;
 * and at last a date with a time to the second anywhere in the body's markup. One candidate at most: each of these is a guess the chooser cannot weigh against another.
 */
final class PageWideDates {
    private static final Pattern LABEL = Pattern.compile("(?iu)(?<!\\p{L})(?:"
            + String.join("|", ResourceFile.entries(PageWideDates.class, "date-labels.txt")) + ")(?!\\p{L})");
    private static final Pattern SCRIPT_KEY = Pattern.compile("[\"'](?:"
            + String.join("|", ResourceFile.entries(PageWideDates.class, "script-date-keys.txt"))
            + ")[\"']\\s*:\\s*[\"']([^\"']{8,40})[\"']");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(?<![\\d/.-])((?:19|20)\\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\\d|3[01]))[ T]\\d{2}:\\d{2}:\\d{2}");
    private static final List<String> IMAGE_META = List.of("og:image", "twitter:image", "og:image:url");
    /** The page's summary of itself, whose words are counted with the body's. */
    private static final List<String> DESCRIPTION_META = List.of("description", "og:description");
    /** The origin of the day the page's text names most often. */
    static final String MOST_WRITTEN = "most-written";
    /** Text and dates counted at most: a long page's first pages of text say which day it keeps to. */
    private static final int MAX_COUNTED_TEXT = 60_000;
    private static final int MAX_COUNTED = 200;
    /** How much text before a date's end is read for a word that makes it a change stamp or the clock. */
    private static final int BEFORE_DATE = 50;
    /** How far after its label a date still belongs to it. */
    private static final int AFTER_LABEL = 40;
    /** A text this short that parses as a date is a stamp, not a sentence mentioning one. */
    private static final int MIN_STAMP = 6;
    private static final int MAX_STAMP = 60;
    /** The script text read for keys: a shop's product data fits; a bundled library is not read to its end. */
    private static final int MAX_SCRIPT = 200_000;

    private PageWideDates() {}

    /**
     * The first of these places that gives a date adds it to {@code out}; {@code changeStamped} says the page's
     * data (JSON-LD, meta tags) holds a change stamp, which is then a better guess than the days the text names.
     */
    static void add(Document doc, List<DateCandidate> out, DateText.NumericOrder order, boolean changeStamped) {
        if (doc.body() == null) return;
        if (labelled(doc.body().text(), out, order)) return;
        if (inTitle(doc, out, order)) return;
        if (inScripts(doc, out, order)) return;
        if (inShareImage(doc, out)) return;
        if (firstStamp(doc.body(), out, order)) return;
        if (firstTimestamp(doc.body(), out)) return;
        if (!changeStamped && out.stream().noneMatch(c -> PublicationDateChooser.MODIFIED.equals(c.origin()))) {
            mostWritten(doc, out, order);
        }
    }

    /**
     * At last, the day the page's words name most often, its description included (a news item's summary that
     * says "News of 14 January 2020"): with no stamp anywhere, the day a page keeps returning to is most often its
     * own (htmldate's last resort counts dates over the whole page so). Ties go to the day written first. A day
     * the words just before it call a change ("Last updated on") or the page's clock is not counted, and a page with
     * a change stamp is not asked: that stamp is the better guess. None when the page names no day at all.
     */
    private static void mostWritten(Document doc, List<DateCandidate> out, DateText.NumericOrder order) {
        Map<LocalDate, Integer> counts = new LinkedHashMap<>();
        List<String> texts = new ArrayList<>();
        for (String key : DESCRIPTION_META) texts.add(Meta.content(doc, key));
        String body = doc.body().text();
        texts.add(body.length() > MAX_COUNTED_TEXT ? body.substring(0, MAX_COUNTED_TEXT) : body);
        for (String t : texts) {
            int found = 0;
            for (int at = 0; t != null && at < t.length() && found < MAX_COUNTED; found++) {
                DateText.Found f = DateText.find(t.substring(at), order);
                if (f == null) break;
                String before = t.substring(Math.max(0, at + f.end() - BEFORE_DATE), at + f.end());
                if (!PageDates.MODIFIED.matcher(before).find() && !PageDates.CLOCK.matcher(before).find()) {
                    counts.merge(f.day(), 1, Integer::sum);
                }
                at += f.end();
            }
        }
        counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .ifPresent(e -> put(out, e.getKey(), MOST_WRITTEN, e.getValue() + " times in the page's text"));
    }

    /**
     * The first date with a time of day to the second ("2020/04/17 01:43:09") anywhere in the body's markup, scripts
     * included: the stamp a page writes with a script call or keeps in an attribute. Asked last, as htmldate does
     * its timestamp rescue: a full timestamp is rarely anything but a system's record of the post.
     */
    private static boolean firstTimestamp(Element body, List<DateCandidate> out) {
        String html = body.html();
        Matcher m = TIMESTAMP.matcher(html.length() > MAX_SCRIPT * 5 ? html.substring(0, MAX_SCRIPT * 5) : html);
        while (m.find()) {
            LocalDate d = DateText.parse(m.group(1));
            if (d != null) return put(out, d, "timestamp", m.group());
        }
        return false;
    }

    private static boolean labelled(String text, List<DateCandidate> out, DateText.NumericOrder order) {
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + AFTER_LABEL));
            LocalDate d = DateText.first(after, order);
            if (d != null) return put(out, d, "labelled", text.substring(m.start(), m.end() + after.length()));
        }
        return false;
    }

    private static boolean inTitle(Document doc, List<DateCandidate> out, DateText.NumericOrder order) {
        Element h1 = doc.selectFirst("h1");
        for (String t : new String[] {doc.title(), Meta.content(doc, "og:title"), h1 == null ? null : h1.text()}) {
            LocalDate d = t == null || t.length() > 300 ? null : DateText.first(t, order);
            if (d != null) return put(out, d, "title", t);
        }
        return false;
    }

    private static boolean inScripts(Document doc, List<DateCandidate> out, DateText.NumericOrder order) {
        for (Element script : doc.select("script")) {
            String data = script.data();
            if (data.length() > MAX_SCRIPT) data = data.substring(0, MAX_SCRIPT);
            Matcher m = SCRIPT_KEY.matcher(data);
            while (m.find()) {
                LocalDate d = DateText.parse(m.group(1), order);
                if (d != null) return put(out, d, "script", m.group());
            }
        }
        return false;
    }

    private static boolean inShareImage(Document doc, List<DateCandidate> out) {
        for (String key : IMAGE_META) {
            String src = Meta.content(doc, key);
            LocalDate d = DateText.inUrl(src);
            if (d != null) return put(out, d, "image-url", src);
        }
        return false;
    }

    /**
     * The first text node of the page, outside scripts and styles, that is a short date and little else. One that
     * says the page was changed ("Last modified on 4 November 2020") is kept as the change stamp, not taken.
     */
    private static boolean firstStamp(Element body, List<DateCandidate> out, DateText.NumericOrder order) {
        boolean[] found = new boolean[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && (e.normalName().equals("script") || e.normalName().equals("style"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!(node instanceof TextNode t)) return FilterResult.CONTINUE;
                String s = t.text().strip();
                LocalDate d = s.length() < MIN_STAMP || s.length() > MAX_STAMP ? null : DateText.parse(s, order);
                if (d == null || PageDates.CLOCK.matcher(s).find()) return FilterResult.CONTINUE;
                if (!PageDates.MODIFIED.matcher(s).find()) {
                    found[0] = put(out, d, "page-text", s);
                    return FilterResult.STOP;
                }
                if (out.stream().noneMatch(c -> PublicationDateChooser.MODIFIED.equals(c.origin()))) {
                    put(out, d, PublicationDateChooser.MODIFIED, s);
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return found[0];
    }

    private static boolean put(List<DateCandidate> out, LocalDate d, String origin, String text) {
        out.add(new DateCandidate(d.toString(), origin, text == null ? null : text.strip()));
        return true;
    }
}
