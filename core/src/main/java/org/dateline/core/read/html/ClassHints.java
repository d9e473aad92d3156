package org.dateline.core.read.html;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * What class and id names say about a block: "article", "story", "body" mark content; "nav", "footer",
 * "comment", "related", "share", "promo" mark page furniture. These words are conventions shared by most
 * publishing systems, not any one site's markup. A "widget" is furniture as a class of its own ("widget",
 * "widget_recent_posts", "widget-area": a blog's sidebar boxes), not as a part of a page builder's layout names
 * ("builder-widget-container" wraps every block of text a page builder lays out).
 */
final class ClassHints {
    /**
     * A scrolling widget (a ticker, a carousel), readability's "scroll"; not a layout utility that lets a wide
     * block scroll ("overflow-x-scroll", "overflow-scroll": the wrapper of a wide table) or sets where an anchor
     * scrolls to ("scroll-target", "scroll-mt-24", "scroll-smooth").
     */
    private static final String SCROLLER =
            "(?<!overflow-|overflow-[xy]-)scroll(?!-(?:target|smooth|snap|m[tblrxy]?-|p[tblrxy]?-))";
    /**
     * A call to subscribe ("subscribe-box", "subscription-cta"); not a block named for who may read it
     * ("subscriber-only", "subscribers-content", "subscriber-premium"): a paywalled site marks its story's
     * paragraphs that way, and they are the story.
     */
    private static final String SUBSCRIBE = "subscri(?!bers?-(?:only|content|premium))";
    /**
     * A box about the writer under or beside the story: "about-the-author", a "bio" ("author-box__bio",
     * "writer-bio"), or the author's name joined to a box word ("author-box", "author__info", "author_detail_box",
     * "author-card", "author-profile"): a publishing theme's panel with the writer's photo, job and biography,
     * which readers and trafilatura leave out. A name that is only the author's ("author", "author-name",
     * "post-author") marks a byline, read by {@link Authors}, and is no box.
     */
    private static final String AUTHOR_BOX = "about-?(?:the-?)?author|(?<![a-z])bio(?:graphy)?(?![a-z])"
            + "|author[-_]*(?:box|bio|info|card|section|details?|profile|about|description)";
    static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|paragraph|rich-?text",
            Pattern.CASE_INSENSITIVE);
    static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|^ad-|\\bads?\\b|banner|combx|comment|contact|foot|masthead|media|meta|outbrain|promo"
            + "|related|" + SCROLLER + "|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool"
            + "|(?:^|\\s)widgets?(?:[\\s_]|-area|$)|social|newsletter"
            + "|" + SUBSCRIBE + "|cookie|consent|popup|modal|breadcrumb|\\bnav|menu|most-?(?:read|viewed|popular)|trending"
            + "|recommend|taboola|advert|caption|credit|byline|signup|print|disclaimer|read-?more|more-?stories"
            + "|" + AUTHOR_BOX,
            Pattern.CASE_INSENSITIVE);
    /** Removed before scoring unless the same name also suggests content. */
    static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header"
            + "|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental"
            + "|ad-break|agegate|pagination|pager|popup|newsletter|" + SUBSCRIBE + "|cookie|consent|share|promo|outbrain"
            + "|taboola|most-?(?:read|viewed|popular)|trending|recommend|read-?more|more-?stories|navigation|navbar"
            + "|" + AUTHOR_BOX,
            Pattern.CASE_INSENSITIVE);
    /** A panel folded until the reader opens it (accordion, FAQ answer, tab, spoiler): hidden, yet page text. */
    static final Pattern DISCLOSURE = Pattern.compile(
            "accordion|collaps|faq|answer|tab-?(?:pane|panel|content)|spoiler|expand|toggle-?content",
            Pattern.CASE_INSENSITIVE);
    static final Pattern MAYBE = Pattern.compile("\\band\\b|article|body|column|content|main|shadow|story|entry|post",
            Pattern.CASE_INSENSITIVE);

    /** What one class string or id says: -25, 0 or +25 (both a content and a furniture word: 0). */
    private static final NameMemo<Integer> SAYS = new NameMemo<>(ClassHints::says);

    private ClassHints() {}

    /** +25 for each of class and id that suggests content, -25 for each that suggests furniture. */
    static int weight(Element e) {
        int w = 0;
        String cls = e.className();
        if (!cls.isEmpty()) w += SAYS.get(cls);
        String id = e.id();
        if (!id.isEmpty()) w += SAYS.get(id);
        if ("articleBody".equals(e.attr("itemprop"))) w += 40;
        return w;
    }

    private static int says(String name) {
        int w = 0;
        if (NEGATIVE.matcher(name).find()) w -= 25;
        if (POSITIVE.matcher(name).find()) w += 25;
        return w;
    }

    /**
     * The lower-case words of one class name: parts joined by "-" or "_" ("author-box__name") or in camel case, as
     * styled-component names join theirs ("AuthorLink-sc-10pl2l7-4", "BylineName").
     */
    static String[] words(String name) {
        return camelSplit(name).toLowerCase(Locale.ROOT).split("[-_]+");
    }

    /**
     * The name with a "-" where a lower-case letter meets an upper-case one ({@code \p{Ll}} then {@code \p{Lu}}),
     * as {@code replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", "-")} would write it, in one pass over the name: asked of
     * every class name new to a page, the pattern's two look-arounds at every position cost more than the rest.
     * As the pattern does, it looks ahead at a whole code point but behind at one char only (so no cut after a
     * letter outside the Basic Multilingual Plane).
     */
    static String camelSplit(String name) {
        StringBuilder b = null;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (i > 0 && Character.getType(name.charAt(i - 1)) == Character.LOWERCASE_LETTER
                    && Character.getType(cp) == Character.UPPERCASE_LETTER) {
                if (b == null) b = new StringBuilder(name.length() + 4).append(name, 0, i);
                b.append('-');
            }
            if (b != null) b.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return b == null ? name : b.toString();
    }

    /** Class, id and role together, for the unlikely-candidate test. */
    static String names(Element e) {
        return e.className() + " " + e.id() + " " + e.attr("role") + " " + e.attr("data-testid");
    }
}
