package org.dateline.core.read.html;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * What class and id names say about a block: "article", "story", "body" mark content; "nav", "footer",
 * "comment", "related", "share", "promo" mark page furniture. These words are conventions shared by most
 * publishing systems, not any one site's markup. A "widget" is furniture as a class of its own ("widget",
 * "widget_recent_posts", "widget-area": a blog's sidebar boxes), not as a part of a page builder's layout names
 * ("builder-widget-container" wraps every block of text a page builder lays out). The names are kept as data, in
 * {@code class-hints.txt}, with the reasons for the subtler ones (a scroller, a call to subscribe, a box about the
 * writer).
 */
final class ClassHints {
    private static final PatternRows ROWS = PatternRows.of(ClassHints.class, "class-hints.txt");
    static final Pattern POSITIVE = kind("positive");
    static final Pattern NEGATIVE = kind("negative");
    /** Removed before scoring unless the same name also suggests content. */
    static final Pattern UNLIKELY = kind("unlikely");
    /** A panel folded until the reader opens it (accordion, FAQ answer, tab, spoiler): hidden, yet page text. */
    static final Pattern DISCLOSURE = kind("disclosure");
    static final Pattern MAYBE = kind("maybe");

    /** The joints between the parts of a class name, compiled once: every class string new to a page is split. */
    private static final Pattern JOINTS = Pattern.compile("[-_]+");
    /** What one class string or id says: -25, 0 or +25 (both a content and a furniture word: 0). */
    private static final NameMemo<Integer> SAYS = new NameMemo<>(ClassHints::says);

    private ClassHints() {}

    /** One kind of {@code class-hints.txt}, its alternatives joined in file order and matched without case. */
    private static Pattern kind(String name) {
        return Pattern.compile(ROWS.alternation(name), Pattern.CASE_INSENSITIVE);
    }

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

    /** What one class string or id says: -25, 0 or +25 (both a content and a furniture word: 0). */
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
        return JOINTS.split(camelSplit(name).toLowerCase(Locale.ROOT));
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
