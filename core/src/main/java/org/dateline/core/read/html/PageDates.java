package org.dateline.core.read.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
 * {@code byline}, {@code entry-meta}, {@code <abbr>}) in the story's head, then the first date written in the text
 * under the headline, then a date block in the site's header above the story (often the page's clock),
 * then a relative stamp there ("3 hours ago") counted back from the day the page was fetched ({@link RelativeDates}).
 * Modification dates (JSON-LD {@code dateModified}, {@code article:modified_time} and the like, a {@code <time>}
 * labelled "Updated") say when a page changed, not when the story ran: they are kept as one PublicationDateChooser.MODIFIED candidate,
 * which the chooser never prefers to a publication date but uses as an upper bound; only when the story's head shows
 * that day alone, on a news story or soon after publication, does {@link ReaderDay} put it first as the day the
 * readers see. At most one candidate per
 * origin, so that the chooser weighs sources, not repetitions.
 */
final class PageDates {
    private static final List<String> META_KEYS = ResourceFile.entries(PageDates.class, "publication-meta.txt");
    private static final List<String> MODIFIED_META_KEYS = ResourceFile.entries(PageDates.class, "modification-meta.txt");
    private static final String TIME = "[itemprop=datePublished][datetime], time[pubdate], time[datetime], "
            + "[itemprop=datePublished], [itemprop=dateCreated]";
    /** "It is currently ...", "Aktuelles Datum": the page's clock, the day it was served, not the story's. */
    static final Pattern CLOCK = Pattern.compile("(?iu)(?<!\\p{L})(?:"
            + String.join("|", ResourceFile.entries(PageDates.class, "clock-labels.txt")) + ")(?!\\p{L})");
    /** Words that make a date a change stamp ("Updated", "aktualisiert"): {@code modification-words.txt}. */
    static final Pattern MODIFIED = Pattern.compile("(?iu)"
            + String.join("|", ResourceFile.entries(PageDates.class, "modification-words.txt")));

    private PageDates() {}

    static List<DateCandidate> of(Document doc, JsonLd ld, String url, String headline) {
        return of(doc, ld, url, headline, null);
    }

    /** As {@link #of(Document, JsonLd, String, String)}, with the day the source fetched or announced the page. */
    static List<DateCandidate> of(Document doc, JsonLd ld, String url, String headline, LocalDate fetched) {
        DateText.NumericOrder order = DateText.NumericOrder.of(languageTag(doc), doc.text());
        List<DateCandidate> out = new ArrayList<>();
        add(out, order, ld.datePublished(), "json-ld");
        for (String key : META_KEYS) {
            if (add(out, order, Meta.content(doc, key), "meta")) break;
        }
        timeElements(doc, out, order);
        LocalDate inUrl = DateText.inUrl(url);
        if (inUrl != null) out.add(new DateCandidate(inUrl.toString(), "url", url));
        if (nonePublished(out)) seen(out, SeenDates.firstInStoryHead(doc, headline, order));
        if (nonePublished(out)) {
            SeenDates.Seen near = SeenDates.nearHeadline(doc, headline, order);
            if (near != null && !near.changed()) seen(out, near);
        }
        if (nonePublished(out)) seen(out, SeenDates.firstInBlock(doc, order));
        if (nonePublished(out)) RelativeDates.add(doc, headline, url, fetched, out);
        if (nonePublished(out)) PageWideDates.add(doc, out, order, changeStamped(doc, ld, out, order));
        modified(doc, ld, out, order);
        ReaderDay.decide(doc, headline, out, order, ld.news());
        UtcStamps.toLocalDays(out);
        AddressDay.first(out);
        return out;
    }

    /**
     * The first {@code <time>} (or itemprop date) of the story itself. One inside a link, a menu, a teaser box or a
     * run of dated teasers above the headline ({@link DatedTeasers}) dates another story (a link is not enough: forums
     * link each post's time to the post); one whose names or words say "updated" is a change stamp, kept as a
     * PublicationDateChooser.MODIFIED candidate, and the publication date its text may also carry ("Posted: Dec 22 |
     * Updated: Jan 2") is read.
     */
    private static void timeElements(Document doc, List<DateCandidate> out, DateText.NumericOrder order) {
        DatedTeasers teasers = DatedTeasers.of(doc);
        for (Element t : doc.select(TIME)) {
            if (OtherStories.holds(t) || teasers.holds(t)) continue;
            String v = t.hasAttr("datetime") ? t.attr("datetime") : t.hasAttr("content") ? t.attr("content") : t.text();
            if (changed(t) || labelledChanged(t)) {
                if (!hasModified(out)) add(out, order, v, PublicationDateChooser.MODIFIED);
                Matcher m = MODIFIED.matcher(t.text());
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

    /** Whether the page keeps a change stamp, in a labelled time element or in its data (JSON-LD, meta tags). */
    private static boolean changeStamped(Document doc, JsonLd ld, List<DateCandidate> out, DateText.NumericOrder order) {
        List<DateCandidate> changes = new ArrayList<>(out);
        modified(doc, ld, changes, order);
        return hasModified(changes);
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

    private static void seen(List<DateCandidate> out, SeenDates.Seen s) {
        if (s != null) out.add(new DateCandidate(s.day().toString(), s.origin(), s.text()));
    }

    /** An element whose own names say it holds a change stamp ("date-modified", itemprop=dateModified). */
    static boolean changed(Element e) {
        String names = e.className() + " " + e.id() + " " + e.attr("itemprop");
        return MODIFIED.matcher(names).find();
    }

    private static boolean add(List<DateCandidate> out, DateText.NumericOrder order, String text, String origin) {
        if (text == null) return false;
        LocalDate d = DateText.parse(text, order);
        if (d == null) return false;
        out.add(new DateCandidate(d.toString(), origin, text.strip()));
        return true;
    }
}
