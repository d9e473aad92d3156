package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * Whether a page's text is a run of teasers of other stories: alike sibling cards (one tag and class list, each
 * under {@value TeaserCards#MAX_CARD} characters, holding a link) that each carry a headline of their own linking
 * away (a heading that holds a link, or sits in one), and that tell no story of their own here: either none of
 * them holds a paragraph of prose (a bare index: headline, names, a line of labels) or each carries its own date or
 * byline (another story's standfirst, stamped and signed as that story is). Together they hold at least
 * {@value #HOLDS_PAGE} of the page's text, and say at least as much as the story prose read from it.
 *
 * <p>An index page (a section front, an awards' list of winners, a category of guides) shows its text this way,
 * and content scoring picks one block of it, or the standfirsts with their headlines taken out as links. A list
 * article ranks things in entries that each hold the writer's own prose with no date or byline of their own ("The
 * best bread machines", a guide's restaurants), and a story's related-links box is a small part of the page or an
 * aside the reader drops before this is asked. Read on the page as cleaned for reading (menus, header, footer and
 * asides gone).
 */
record HeadlinedTeasers(int cards, long length, double share, boolean bare, boolean stamped) {
    static final HeadlinedTeasers NONE = new HeadlinedTeasers(0, 0, 0, false, false);
    /** At least this part of the cards carry a linked headline. */
    private static final double HEADLINED = 0.8;
    /** The cards hold at least this part of the page's text. */
    private static final double HOLDS_PAGE = 0.4;
    /** Below this part of the cards holding a paragraph of prose, the run is bare. */
    private static final double BARE = 0.2;
    /** At least this part of the cards carry their own date or byline. */
    private static final double STAMPED = 0.6;
    /** The longest line that may be a card's byline ("By Jane Roe and John Doe"). */
    private static final int BYLINE = 80;
    /** The most children an element may have to be asked whether its text is a byline: a line, not a block. */
    private static final int BYLINE_CHILDREN = 3;

    /** The largest run of headlined teaser cards under {@code root}, and what it shows. */
    static HeadlinedTeasers of(Element root) {
        return root == null ? NONE : of(root, TextStats.of(root));
    }

    /** As {@link #of(Element)}, with the text lengths already counted under root ({@link TeaserCards} has them). */
    static HeadlinedTeasers of(Element root, TextStats stats) {
        long total = stats.textLength(root);
        if (total == 0) return NONE;
        List<Element> best = List.of();
        long bestLength = 0;
        for (Element e : root.getAllElements()) {
            if (e.childrenSize() < PageShape.MIN_ITEMS) continue;
            for (List<Element> run : alikeCards(e, stats).values()) {
                if (run.size() < PageShape.MIN_ITEMS || headlined(run) < HEADLINED * run.size()) continue;
                long length = run.stream().mapToLong(stats::textLength).sum();
                if (length > bestLength) {
                    best = run;
                    bestLength = length;
                }
            }
        }
        if (best.isEmpty()) return NONE;
        int prose = 0, stamped = 0;
        for (Element card : best) {
            if (stats.holdsParagraph(card, AlikeRuns.PROSE, AlikeRuns.PROSE_LINKS)) prose++;
            if (AlikeRuns.isDated(card) || signed(card)) stamped++;
        }
        int n = best.size();
        return new HeadlinedTeasers(n, bestLength, bestLength / (double) total, prose < BARE * n,
                stamped >= STAMPED * n);
    }

    /**
     * Whether the cards are the page's text and teasers of other stories (bare, or each dated or signed), given the
     * length of the story prose read from the page: they say at least as much as it does. A short story beside a
     * column of dated related headlines tells more in its own prose than they do; an index's one block of
     * introduction, or the standfirsts read out of its cards, less.
     */
    boolean holdThePage(long storyChars) {
        return cards >= PageShape.MIN_ITEMS && share >= HOLDS_PAGE && (bare || stamped) && length >= storyChars;
    }

    /** The children of {@code parent} that may be cards, by tag and class list. */
    private static Map<String, List<Element>> alikeCards(Element parent, TextStats stats) {
        Map<String, List<Element>> runs = new HashMap<>();
        for (Element c : parent.children()) {
            String tag = c.normalName();
            if (tag.equals("p") || tag.equals("option") || tag.equals("script")) continue;
            long length = stats.textLength(c);
            if (length == 0 || length > TeaserCards.MAX_CARD || stats.linkDensity(c) == 0) continue;
            runs.computeIfAbsent(tag + "." + c.className(), k -> new ArrayList<>()).add(c);
        }
        return runs;
    }

    private static int headlined(List<Element> run) {
        int n = 0;
        for (Element card : run) if (hasLinkedHeadline(card)) n++;
        return n;
    }

    /** A heading (h1-h6, or marked a heading) that holds a link or sits inside one. */
    static boolean hasLinkedHeadline(Element card) {
        for (Element h : card.select("h1, h2, h3, h4, h5, h6, [role=heading]")) {
            if (h.selectFirst("a[href]") != null || h.closest("a[href]") != null) return true;
        }
        return false;
    }

    /** A short line of the card that is a byline ("By Jane Roe"). */
    private static boolean signed(Element card) {
        for (Element e : card.getAllElements()) {
            if (e.childrenSize() > BYLINE_CHILDREN) continue;
            String t = e.text();
            if (t.length() < 4 || t.length() > BYLINE) continue;
            if (!Authors.fromByLine(t).isEmpty()) return true;
        }
        return false;
    }
}
