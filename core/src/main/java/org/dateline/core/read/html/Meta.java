package org.dateline.core.read.html;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads {@code <meta>} tags by name, property or itemprop, whichever attribute the publisher used. The reader asks
 * for some forty keys of each page, so the page's meta tags are gathered once per document (per reading thread)
 * instead of walking the whole tree for every key; a tag taken out of the document since (the cleaning of the body
 * removes tags) is no longer answered from. The last page read stays held by its thread until the next.
 */
final class Meta {
    private static final ThreadLocal<Gathered> LAST = new ThreadLocal<>();

    private record Gathered(Document doc, List<Element> metas) {}

    private Meta() {}

    /** The first non-blank content of a meta tag with that name (case-insensitive), or null. */
    static String content(Document doc, String key) {
        for (Element m : metas(doc)) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                    || key.equalsIgnoreCase(m.attr("itemprop"))) {
                String c = m.attr("content").strip();
                if (!c.isEmpty() && m.ownerDocument() == doc) return c;
            }
        }
        return null;
    }

    private static List<Element> metas(Document doc) {
        Gathered g = LAST.get();
        if (g == null || g.doc() != doc) {
            g = new Gathered(doc, List.copyOf(doc.getElementsByTag("meta")));
            LAST.set(g);
        }
        return g.metas();
    }
}
