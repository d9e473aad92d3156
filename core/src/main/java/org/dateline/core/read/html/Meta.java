package org.dateline.core.read.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads {@code <meta>} tags by name, property or itemprop, whichever attribute the publisher used. */
final class Meta {
    private Meta() {}

    /** The first non-blank content of a meta tag with that name (case-insensitive), or null. */
    static String content(Document doc, String key) {
        for (Element m : doc.getElementsByTag("meta")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                    || key.equalsIgnoreCase(m.attr("itemprop"))) {
                String c = m.attr("content").strip();
                if (!c.isEmpty()) return c;
            }
        }
        return null;
    }
}
