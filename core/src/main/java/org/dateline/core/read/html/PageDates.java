package org.dateline.core.read.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
 * Modification dates are left out on purpose: they say when a page changed, not when the story ran. At most one
 * candidate per origin, so that the chooser weighs sources, not repetitions.
 */
final class PageDates {
    private static final List<String> META_KEYS = ResourceFile.entries(PageDates.class, "publication-meta.txt");
    private static final String TIME = "[itemprop=datePublished][datetime], time[pubdate], time[datetime], "
            + "[itemprop=datePublished], [itemprop=dateCreated]";
    private static final String HINTED = "abbr[title], [class~=(?i)date|publish|posted|timestamp|dateline|byline|"
            + "entry-meta|post-meta|article-meta|meta-info|time], [id~=(?i)date|publish|posted|time]";
    /** A stamp of change, not of first publication, in the languages month names are read in. */
    private static final Pattern MODIFIED = Pattern.compile("(?iu)updated|modified|edited|aktualisiert|ge\u00e4ndert"
            + "|mis \u00e0 jour|modifi\u00e9|actualizado|modificado|aggiornat|atualizad|bijgewerkt|\u043e\u0431\u043d\u043e\u0432"
            + "|\u043e\u043d\u043e\u0432\u043b|g\u00fcncelle");
    /** How far under the headline a date still belongs to the story's stamp. */
    private static final int NEAR_HEADLINE = 600;

    private PageDates() {}

    static List<DateCandidate> of(Document doc, JsonLd ld, String url) {
        List<DateCandidate> out = new ArrayList<>();
        add(out, ld.datePublished(), "json-ld");
        for (String key : META_KEYS) {
            if (add(out, Meta.content(doc, key), "meta")) break;
        }
        for (Element t : doc.select(TIME)) {
            if (changed(t)) continue;
            String v = t.hasAttr("datetime") ? t.attr("datetime") : t.hasAttr("content") ? t.attr("content") : t.text();
            if (add(out, v, "time")) break;
        }
        LocalDate inUrl = DateText.inUrl(url);
        if (inUrl != null) out.add(new DateCandidate(inUrl.toString(), "url", url));
        if (out.isEmpty()) hinted(doc, out);
        if (out.isEmpty()) underHeadline(doc, out);
        return out;
    }

    /** A visible date in a block whose class, id or tag names it ("Published December 21, 2023"). */
    private static void hinted(Document doc, List<DateCandidate> out) {
        for (Element e : doc.select(HINTED)) {
            String t = e.normalName().equals("abbr") ? e.attr("title") : e.ownText().isBlank() ? e.text() : e.ownText();
            if (t.length() <= 100 && !MODIFIED.matcher(t).find() && !changed(e) && add(out, t, "text")) return;
        }
    }

    /** The first date written in the text that follows the headline: the stamp most pages print under it. */
    private static void underHeadline(Document doc, List<DateCandidate> out) {
        Element h1 = doc.selectFirst("h1");
        if (h1 == null || doc.body() == null) return;
        String text = doc.body().text();
        int at = text.indexOf(h1.text());
        if (at < 0) return;
        String near = text.substring(at, Math.min(text.length(), at + h1.text().length() + NEAR_HEADLINE));
        LocalDate d = DateText.first(near);
        if (d != null && !MODIFIED.matcher(near).find()) out.add(new DateCandidate(d.toString(), "headline-text", null));
    }

    /** An element whose own names say it holds a change stamp ("date-modified", itemprop=dateModified). */
    private static boolean changed(Element e) {
        String names = e.className() + " " + e.id() + " " + e.attr("itemprop");
        return MODIFIED.matcher(names).find();
    }

    private static boolean add(List<DateCandidate> out, String text, String origin) {
        LocalDate d = DateText.parse(text);
        if (d == null) return false;
        out.add(new DateCandidate(d.toString(), origin, text.strip()));
        return true;
    }
}
