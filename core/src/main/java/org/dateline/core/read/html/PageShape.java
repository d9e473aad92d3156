package org.dateline.core.read.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.resources.ResourceFile;
import org.jsoup.nodes.Element;

/**
 * The structure a page shows of its kind, read before furniture is taken out: the largest run of alike item blocks
 * (cards of a listing or a shop's category: siblings of one tag and class that each hold a link), how many prices
 * the page shows (and the largest run of alike items that each show one), and whether it offers to put something in a cart ({@code shop-phrases.txt}). A story has none of
 * these in number; a product page has a price and a cart; a category page has many priced cards. And how many
 * blocks of code ({@code <pre>}) it shows: a manual teaches by example after example.
 */
record PageShape(int items, Element itemParent, int prices, int pricedItems, boolean cart, int codeBlocks) {
    /** Fewer alike linked siblings than this are a menu or a pager, not a list of items. */
    static final int MIN_ITEMS = 5;
    /** An item card longer than this (in characters) is a section of prose, not a card. */
    private static final int MAX_CARD = 1500;
    private static final Pattern PRICE = Pattern.compile(
            "(?:[$\u00a3\u20ac\u00a5\u20b9]\\s?\\d{1,3}(?:[,.\u00a0 ]\\d{3})*(?:[.,]\\d{2})?(?!\\d))"
            + "|(?:\\b\\d{1,3}(?:[.,\u00a0 ]\\d{3})*[.,]\\d{2}\\s?(?:[$\u00a3\u20ac]|eur|usd|gbp|kr|z\u0142)(?![\\p{L}]))",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> SHOP_PHRASES = ResourceFile.entries(PageShape.class, "shop-phrases.txt");

    static PageShape of(Element body) {
        if (body == null) return new PageShape(0, null, 0, 0, false, 0);
        TextStats stats = TextStats.of(body);
        int best = 0, priced = 0;
        Element bestParent = null;
        for (Element e : body.getAllElements()) {
            if (e.childrenSize() < MIN_ITEMS) continue;
            int[] n = alikeLinkedChildren(e, stats);
            if (n[0] > best) { best = n[0]; bestParent = e; }
            priced = Math.max(priced, n[1]);
        }
        return new PageShape(best, bestParent, prices(body), priced, cart(body), body.select("pre").size());
    }

    /**
     * The largest number of children of one tag and class list that each hold link text, and the largest number
     * of such children that each show a price (a shop's product cards). Lengths come from one pass over the page:
     * asking every child for its text would cost the page's size times its depth.
     */
    private static int[] alikeLinkedChildren(Element parent, TextStats stats) {
        Map<String, int[]> groups = new HashMap<>();
        int[] best = new int[2];
        for (Element c : parent.children()) {
            String tag = c.normalName();
            if (tag.equals("a") || tag.equals("option") || tag.equals("script")) continue;
            long length = stats.textLength(c);
            if (length == 0 || stats.linkDensity(c) == 0) continue;
            int[] g = groups.computeIfAbsent(tag + "." + c.className(), k -> new int[2]);
            g[0]++;
            if (length < MAX_CARD && PRICE.matcher(c.text()).find()) g[1]++;
            best[0] = Math.max(best[0], g[0]);
            best[1] = Math.max(best[1], g[1]);
        }
        return best;
    }

    private static int prices(Element body) {
        Matcher m = PRICE.matcher(body.text());
        int n = 0;
        while (m.find() && n < 1000) n++;
        return n;
    }

    /** A button, link or form control that puts the thing on the page in a cart or buys it. */
    private static boolean cart(Element body) {
        for (Element e : body.select("button, input[type=submit], input[type=button], a[href], [role=button]")) {
            String label = (e.text() + " " + e.attr("value") + " " + e.attr("aria-label")).strip().toLowerCase(Locale.ROOT);
            if (label.isEmpty() || label.length() > 40) continue;
            for (String p : SHOP_PHRASES) if (label.contains(p)) return true;
        }
        return false;
    }
}
