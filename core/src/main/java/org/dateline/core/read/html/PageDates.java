package org.dateline.core.read.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.dateline.core.read.draft.PublicationDateChooser;
import org.dateline.core.resources.ResourceFile;
import org.dateline.model.DateCandidate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Publication dates a page offers about itself, as a cascade from the strongest place a date hides to the weakest:
 * JSON-LD ({@code datePublished}, {@code dateCreated}, {@code uploadDate}, nested {@code @graph} included),
 * publication meta tags (OpenGraph, article:, Dublin Core, Parsely, sailthru, itemprop; listed in
 * {@code publication-meta.txt}), a {@code <time datetime>} or {@code pubdate} element, a date in the URL path; and
 * only when none of these gave one, a visible date in a block named for it ({@code date}, {@code published},
 * {@code byline}, {@code entry-meta}, {@code <abbr>}), then the first date written in the text under the headline.
 * Modification dates (JSON-LD {@code dateModified}, {@code article:modified_time} and the like, a {@code <time>}
 * labelled "Updated") say when a page changed, not when the story ran: they are kept as one PublicationDateChooser.MODIFIED candidate,
 * which the chooser never prefers to a publication date but uses as an upper bound. At most one candidate per
 * origin, so that the chooser weighs sources, not repetitions.
 */
final class PageDates {
    private static final List<String> META_KEYS = ResourceFile.entries(PageDates.class, "publication-meta.txt");
    private static final List<String> MODIFIED_META_KEYS = ResourceFile.entries(PageDates.class, "modification-meta.txt");
    private static final String TIME = "[itemprop=datePublished][datetime], time[pubdate], time[datetime], "
            + "[itemprop=datePublished], [itemprop=dateCreated]";
    /** Words in a class or id that name a block holding a date, in the languages pages are written in. */
    private static final String HINT_WORDS = String.join("|", ResourceFile.entries(PageDates.class, "date-class-hints.txt"));
    private static final String HINTED = "abbr[title], [class~=(?i)" + HINT_WORDS + "], [id~=(?i)" + HINT_WORDS + "]";
    /** A stamp of change, not of first publication, in the languages month names are read in. */
    /** "It is currently ...", "Aktuelles Datum": the page's clock, the day it was served, not the story's. */
    static final Pattern CLOCK = Pattern.compile("(?iu)(?<!\\p{L})(?:"
            + String.join("|", ResourceFile.entries(PageDates.class, "clock-labels.txt")) + ")(?!\\p{L})");
    static final Pattern MODIFIED = Pattern.compile("(?iu)updated|modified|edited|aktualisiert|ge\u00e4ndert"
            + "|mis \u00e0 jour|modifi\u00e9|actualizado|modificado|aggiornat|atualizad|bijgewerkt|\u043e\u0431\u043d\u043e\u0432"
            + "|\u043e\u043d\u043e\u0432\u043b|g\u00fcncelle");
    /** How far under the headline a date still belongs to the story's stamp. */
    private static final int NEAR_HEADLINE = 600;
    /** How far above the headline a kicker line's date still belongs to it. */
    private static final int ABOVE_HEADLINE = 150;

    private PageDates() {}

    static List<DateCandidate> of(Document doc, JsonLd ld, String url, String headline) {
        DateText.NumericOrder order = DateText.NumericOrder.of(languageTag(doc));
        List<DateCandidate> out = new ArrayList<>();
        add(out, order, ld.datePublished(), "json-ld");
        for (String key : META_KEYS) {
            if (add(out, order, Meta.content(doc, key), "meta")) break;
        }
        timeElements(doc, out, order);
        LocalDate inUrl = DateText.inUrl(url);
        if (inUrl != null) out.add(new DateCandidate(inUrl.toString(), "url", url));
        if (disagree(out)) visibleDecides(doc, headline, out, order);
        if (nonePublished(out)) hinted(doc, out, order);
        if (nonePublished(out)) nearHeadline(doc, headline, out, order);
        if (nonePublished(out)) PageWideDates.add(doc, out, order);
        modified(doc, ld, out, order);
        UtcStamps.toLocalDays(out);
        return out;
    }

    /** Whether the page's machine stamps of publication (JSON-LD, meta, time, URL) name more than one day. */
    private static boolean disagree(List<DateCandidate> out) {
        return published(out).map(DateCandidate::value).distinct().count() > 1;
    }

    private static java.util.stream.Stream<DateCandidate> published(List<DateCandidate> out) {
        return out.stream().filter(c -> !PublicationDateChooser.MODIFIED.equals(c.origin()));
    }

    /**
     * When the page's machine stamps disagree, the date its readers see (a date block, the line under the
     * headline) decides between them: it goes first when it is one of their days. It adds no day of its own: a
     * visible date that none of the stamps names is more often a teaser's or an event's.
     */
    private static void visibleDecides(Document doc, String headline, List<DateCandidate> out,
            DateText.NumericOrder order) {
        List<DateCandidate> seen = new ArrayList<>();
        hinted(doc, seen, order);
        if (seen.isEmpty()) nearHeadline(doc, headline, seen, order);
        if (seen.isEmpty()) return;
        DateCandidate visible = seen.get(0);
        if (published(out).anyMatch(c -> c.value().equals(visible.value()))) out.add(0, visible);
    }

    /**
     * The first {@code <time>} (or itemprop date) of the story itself. One inside a link, a menu or a teaser box
     * dates another story (a link is not enough: forums link each post's time to the post); one whose names or words say "updated" is a change stamp, kept as a PublicationDateChooser.MODIFIED
     * candidate, and the publication date its text may also carry ("Posted: Dec 22 | Updated: Jan 2") is read.
     */
    private static void timeElements(Document doc, List<DateCandidate> out, DateText.NumericOrder order) {
        for (Element t : doc.select(TIME)) {
            if (OtherStories.holds(t)) continue;
            String v = t.hasAttr("datetime") ? t.attr("datetime") : t.hasAttr("content") ? t.attr("content") : t.text();
            if (changed(t) || labelledChanged(t)) {
                if (!hasModified(out)) add(out, order, v, PublicationDateChooser.MODIFIED);
                java.util.regex.Matcher m = MODIFIED.matcher(t.text());
                if (m.find() && m.start() > 0 && add(out, order, t.text().substring(0, m.start()), "time")) return;
                continue;
            }
            if (add(out, order, v, "time")) return;
        }
    }

    /** "Updated December 26, 2023" or "last updated <time>": the words in or just before the element say so. */
    private static boolean labelledChanged(Element t) {
        if (MODIFIED.matcher(t.text()).find()) return true;
        Element p = t.parent();
        if (p == null) return false;
        String before = p.ownText();
        return before.length() <= 40 && MODIFIED.matcher(before).find();
    }

    /** Change stamps from JSON-LD and meta tags, kept beside the publication dates as PublicationDateChooser.MODIFIED candidates. */
    private static void modified(Document doc, JsonLd ld, List<DateCandidate> out, DateText.NumericOrder order) {
        if (!hasModified(out)) add(out, order, ld.dateModified(), PublicationDateChooser.MODIFIED);
        for (String key : MODIFIED_META_KEYS) {
            if (hasModified(out)) return;
            add(out, order, Meta.content(doc, key), PublicationDateChooser.MODIFIED);
        }
    }

    /** The page's language with its region when any place states one: lang, og:locale, xml:lang ("en-GB"). */
    private static String languageTag(Document doc) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").strip();
        if (lang.contains("-") || lang.contains("_")) return lang;
        for (String other : new String[] {Meta.content(doc, "og:locale"), html == null ? null : html.attr("xml:lang")}) {
            if (other != null && (other.contains("-") || other.contains("_"))) return other;
        }
        return lang;
    }

    private static boolean hasModified(List<DateCandidate> out) {
        return out.stream().anyMatch(c -> PublicationDateChooser.MODIFIED.equals(c.origin()));
    }

    private static boolean nonePublished(List<DateCandidate> out) {
        return out.stream().allMatch(c -> PublicationDateChooser.MODIFIED.equals(c.origin()));
    }

    /** A visible date in a block whose class, id or tag names it ("Published December 21, 2023"). */
    private static void hinted(Document doc, List<DateCandidate> out, DateText.NumericOrder order) {
        for (Element e : doc.select(HINTED)) {
            String t = e.normalName().equals("abbr") ? e.attr("title") : e.ownText().isBlank() ? e.text() : e.ownText();
            if (t.length() > 100 || MODIFIED.matcher(t).find() || CLOCK.matcher(t).find() || changed(e)) continue;
            if (addMarked(out, order, t, "text") || addMarked(out, order, e.attr("title"), "text")) return;
        }
    }

    /**
     * The first date written in the headline or the text that follows it, the stamp most pages print under it;
     * else one in the kicker line just above it ("24. April 2020 | Presse"). The headline is the one the page was
     * read with, so that a hidden "skip navigation" h1 ahead of it does not mislead; the first h1 when that one is
     * not written in the page.
     */
    private static void nearHeadline(Document doc, String headline, List<DateCandidate> out, DateText.NumericOrder order) {
        if (doc.body() == null) return;
        String text = doc.body().text();
        String h = headline;
        int at = h == null || h.isBlank() ? -1 : text.indexOf(h);
        if (at < 0) {
            Element h1 = doc.selectFirst("h1");
            h = h1 == null ? null : h1.text();
            at = h == null || h.isBlank() ? -1 : text.indexOf(h);
        }
        if (at < 0) return;
        String under = text.substring(at, Math.min(text.length(), at + h.length() + NEAR_HEADLINE));
        String above = text.substring(Math.max(0, at - ABOVE_HEADLINE), at);
        for (String near : new String[] {under, above}) {
            LocalDate d = DateText.first(near, order);
            if (d != null && !MODIFIED.matcher(near).find()) {
                out.add(new DateCandidate(d.toString(), "headline-text", null));
                return;
            }
        }
    }

    /** An element whose own names say it holds a change stamp ("date-modified", itemprop=dateModified). */
    private static boolean changed(Element e) {
        String names = e.className() + " " + e.id() + " " + e.attr("itemprop");
        return MODIFIED.matcher(names).find();
    }

    /** As {@link #add}, also reading a two-digit year: for strings the page marks as a date. */
    private static boolean addMarked(List<DateCandidate> out, DateText.NumericOrder order, String text, String origin) {
        LocalDate d = text == null || text.isBlank() ? null : DateText.parseMarked(text.strip(), order);
        if (d == null) return false;
        out.add(new DateCandidate(d.toString(), origin, text.strip()));
        return true;
    }

    private static boolean add(List<DateCandidate> out, DateText.NumericOrder order, String text, String origin) {
        if (text == null) return false;
        LocalDate d = DateText.parse(text, order);
        if (d == null) return false;
        out.add(new DateCandidate(d.toString(), origin, text.strip()));
        return true;
    }
}
