package org.dateline.core.read.html;

import java.time.LocalDate;
import java.util.List;
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
    /** How far after its label a date still belongs to it. */
    private static final int AFTER_LABEL = 40;
    /** A text this short that parses as a date is a stamp, not a sentence mentioning one. */
    private static final int MIN_STAMP = 6;
    private static final int MAX_STAMP = 60;
    /** The script text read for keys: a shop's product data fits; a bundled library is not read to its end. */
    private static final int MAX_SCRIPT = 200_000;

    private PageWideDates() {}

    static void add(Document doc, List<DateCandidate> out, DateText.NumericOrder order) {
        if (doc.body() == null) return;
        if (labelled(doc.body().text(), out, order)) return;
        if (inTitle(doc, out, order)) return;
        if (inScripts(doc, out, order)) return;
        if (inShareImage(doc, out)) return;
        if (firstStamp(doc.body(), out, order)) return;
        firstTimestamp(doc.body(), out);
    }

    /**
     * The first date with a time of day to the second ("2020/04/17 01:43:09") anywhere in the body's markup, scripts
     * included: the stamp a page writes with a script call or keeps in an attribute. Asked last, as htmldate does
     * its timestamp rescue: a full timestamp is rarely anything but a system's record of the post.
     */
    private static void firstTimestamp(Element body, List<DateCandidate> out) {
        String html = body.html();
        Matcher m = TIMESTAMP.matcher(html.length() > MAX_SCRIPT * 5 ? html.substring(0, MAX_SCRIPT * 5) : html);
        while (m.find()) {
            LocalDate d = DateText.parse(m.group(1));
            if (d != null) {
                put(out, d, "timestamp", m.group());
                return;
            }
        }
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
