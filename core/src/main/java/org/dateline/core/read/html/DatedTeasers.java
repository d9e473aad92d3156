package org.dateline.core.read.html;

import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Dated teasers written above the page's headline: a sidebar or a "latest" strip that the markup puts before the
 * story, each item a card of its own with its own {@code <time>}, under no name that {@link OtherStories} knows.
 * A time element is such a teaser's when it comes before the headline ({@code <h1>}) in the page and sits in a run
 * of at least {@value #MIN_RUN} alike siblings (the same tag and classes) that each hold a time element and none of
 * which holds the headline. Times after the headline are left alone: a thread's posts are dated cards too, and the
 * first of them dates the thread.
 */
final class DatedTeasers {
    static final int MIN_RUN = 3;
    /** How many enclosing elements are asked whether they are one card of a run: cards wrap their time closely. */
    private static final int DEPTH = 6;
    private static final DatedTeasers NONE = new DatedTeasers(null, null);

    private final Document doc;
    private final Element headline;
    /** Each element's place in the page, numbered only when a time element is first asked about. */
    private Map<Element, Integer> order;

    private DatedTeasers(Document doc, Element headline) {
        this.doc = doc;
        this.headline = headline;
    }

    static DatedTeasers of(Document doc) {
        Element h1 = doc.selectFirst("body h1");
        return h1 == null ? NONE : new DatedTeasers(doc, h1);
    }

    boolean holds(Element time) {
        if (headline == null || !before(time, headline)) return false;
        Element card = time;
        for (int i = 0; card != null && card.parent() != null && i < DEPTH; i++, card = card.parent()) {
            if (isDatedCardOfRun(card)) return true;
        }
        return false;
    }

    private boolean before(Element a, Element b) {
        if (order == null) {
            order = new IdentityHashMap<>();
            Elements all = doc.getAllElements();
            for (int i = 0; i < all.size(); i++) order.put(all.get(i), i);
        }
        Integer ia = order.get(a), ib = order.get(b);
        return ia != null && ib != null && ia < ib;
    }

    /** Whether e is one of {@value #MIN_RUN} or more alike siblings that each hold a time and not the headline. */
    private boolean isDatedCardOfRun(Element e) {
        int alike = 0;
        for (Element sibling : e.parent().children()) {
            if (!sibling.normalName().equals(e.normalName()) || !sibling.className().equals(e.className())) continue;
            if (sibling == headline || sibling.getElementsByTag("h1").contains(headline)) return false;
            if (sibling.selectFirst("time") != null) alike++;
        }
        return alike >= MIN_RUN;
    }
}
