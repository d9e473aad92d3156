package org.dateline.core.read.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dateline.model.DateCandidate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Publication dates a page offers about itself, strongest first: JSON-LD {@code datePublished}, publication meta
 * tags, a {@code <time>} element, a date in the URL path. Modification dates are left out on purpose: they say when
 * a page changed, not when the story ran. At most one candidate per origin, so that the chooser weighs sources,
 * not repetitions.
 */
final class PageDates {
    private static final String[] META_KEYS = {"article:published_time", "og:published_time", "datePublished",
            "publish-date", "publish_date", "publishdate", "pubdate", "date", "dc.date.issued", "dcterms.issued",
            "dc.date", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published",
            "article_date_original", "original-publish-date", "citation_publication_date", "date_published", "og:pubdate"};

    private PageDates() {}

    static List<DateCandidate> of(Document doc, JsonLd ld, String url) {
        List<DateCandidate> out = new ArrayList<>();
        add(out, ld.datePublished(), "json-ld");
        for (String key : META_KEYS) {
            if (add(out, Meta.content(doc, key), "meta")) break;
        }
        for (Element t : doc.select("[itemprop=datePublished][datetime], time[datetime], [itemprop=datePublished]")) {
            String v = t.hasAttr("datetime") ? t.attr("datetime") : t.hasAttr("content") ? t.attr("content") : t.text();
            if (add(out, v, "time")) break;
        }
        LocalDate inUrl = DateText.inUrl(url);
        if (inUrl != null) out.add(new DateCandidate(inUrl.toString(), "url", url));
        if (out.isEmpty()) {
            // last resort: a visible date in a block named for it ("Published December 21, 2023")
            for (Element e : doc.select("[class~=(?i)date|publish|posted|timestamp|dateline], [id~=(?i)date|publish]")) {
                String t = e.ownText().isBlank() ? e.text() : e.ownText();
                if (t.length() <= 100 && !t.toLowerCase(java.util.Locale.ROOT).contains("updated") && add(out, t, "text")) break;
            }
        }
        return out;
    }

    private static boolean add(List<DateCandidate> out, String text, String origin) {
        LocalDate d = DateText.parse(text);
        if (d == null) return false;
        out.add(new DateCandidate(d.toString(), origin, text.strip()));
        return true;
    }
}
