package org.dateline.core.read.html;

import java.util.HashMap;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * Whether a page's text is spread over a run of teaser cards rather than held by one block of its own: the largest
 * run of alike sibling blocks (one tag and class list, each a card of under {@value #MAX_CARD} characters that
 * holds a link), how much of the page's text the run holds, and how much of the run's text is link text. A listing
 * (a course catalogue, a category's posts, a shop's range, search results) tells most of what it says in such
 * cards, each a linked title with a line or two under it; a story tells it in one block of prose, and a story's
 * sections or list items, alike as they are, cite a link now and then but are seldom mostly links. Paragraphs are
 * no cards: a run of paragraphs with links in them is prose. Read on the page as cleaned for reading (menus,
 * header, footer and asides gone), so a site's menus are not taken for cards. The same cleaned page's run of
 * headlined teasers ({@link HeadlinedTeasers}) is read with them, {@code headlined}.
 */
record TeaserCards(int cards, double share, double linkShare, HeadlinedTeasers headlined) {
    static final TeaserCards NONE = new TeaserCards(0, 0, 0, HeadlinedTeasers.NONE);
    /** A card longer than this (in characters) is a section of prose, not a teaser. */
    static final int MAX_CARD = 1500;
    /** The cards hold at least this part of the page's text: no one block of prose outweighs them. */
    private static final double HOLDS_PAGE = 0.6;
    /** At least this part of the cards' text is links: a teaser's title links to its story. */
    private static final double LINKED = 0.10;

    /**
     * The largest run of teaser cards under {@code root} and what part of root's text it holds, with the run of
     * headlined teasers under it.
     */
    static TeaserCards of(Element root) {
        if (root == null) return NONE;
        TextStats stats = TextStats.of(root);
        long total = stats.textLength(root);
        if (total == 0) return NONE;
        long[] best = new long[3];
        for (Element e : root.getAllElements()) {
            if (e.childrenSize() < PageShape.MIN_ITEMS) continue;
            Map<String, long[]> runs = new HashMap<>();
            for (Element c : e.children()) {
                String tag = c.normalName();
                if (tag.equals("a") || tag.equals("p") || tag.equals("option") || tag.equals("script")) continue;
                long length = stats.textLength(c);
                double links = stats.linkDensity(c);
                if (length == 0 || length > MAX_CARD || links == 0) continue;
                long[] run = runs.computeIfAbsent(tag + "." + c.className(), k -> new long[3]);
                run[0]++;
                run[1] += length;
                run[2] += Math.round(links * length);
            }
            for (long[] run : runs.values()) {
                if (run[0] >= PageShape.MIN_ITEMS && run[1] > best[1]) System.arraycopy(run, 0, best, 0, 3);
            }
        }
        HeadlinedTeasers headlined = HeadlinedTeasers.of(root, stats);
        if (best[0] == 0) return new TeaserCards(0, 0, 0, headlined);
        return new TeaserCards((int) best[0], best[1] / (double) total, best[2] / (double) best[1], headlined);
    }

    /** Whether the cards hold the page: enough of them, most of its text, and linked as teasers are. */
    boolean holdThePage() {
        return cards >= PageShape.MIN_ITEMS && share >= HOLDS_PAGE && linkShare >= LINKED;
    }
}
