package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The standfirst (deck, dek, summary) a publishing system sets right under a story's headline, in the page's header
 * rather than in the story's body: one or two sentences that say what the story tells. Content scoring takes the
 * story's body block, and the header it leaves out holds the standfirst; the news extractors' gold keeps it as the
 * story's first paragraph. Found in the page as parsed, before reading cleans it: the first prose text after the
 * headline element, past at most a few short lines (a byline, a time stamp, a section label) and before any picture
 * (a text past the lead art is its caption), in a small block near
 * the headline (their common ancestor at most {@value #NEAR} levels above it), hardly linked, not in a list, a
 * picture's box or a block whose name says furniture. Whether it joins the story is decided against the story read
 * ({@link #joins}): a text the story already holds is not read twice.
 */
final class Standfirst {
    /** Fewest words of a standfirst: a shorter line under the headline is a label, a byline or a time stamp. */
    static final int MIN_WORDS = 8;
    /** Most words of a standfirst: a longer text is the story's own first paragraph, or a box of its own. */
    static final int MAX_WORDS = 70;
    /** How many levels above the headline the standfirst's block and the headline may meet. */
    static final int NEAR = 3;
    /** How much text (characters) may come between the headline and the standfirst: a byline, a date, a label. */
    static final int GAP = 160;
    /** The most of a standfirst's text that may be link text. */
    private static final double MAX_LINKED = 0.2;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template");
    private static final Set<String> PICTURES = Set.of("img", "picture", "video", "figure", "iframe");
    private static final String OUTSIDE = "figure, figcaption, li, a, button, label, nav, footer, aside, form, time, "
            + "blockquote, table";

    private Standfirst() {}

    /** The standfirst under {@code headline} (the page's headline element), or null. */
    static String under(Element headline) {
        if (headline == null) return null;
        Element limit = headline;
        for (int i = 0; i < NEAR && limit.parent() != null; i++) limit = limit.parent();
        Element found = firstProseAfter(headline, limit);
        if (found == null || found.selectFirst("img, picture, video") != null) return null;
        for (Element up = found; up != null && up != limit; up = up.parent()) {
            if (ClassHints.weight(up) < 0) return null;
        }
        String text = SPACES.matcher(found.text()).replaceAll(" ").strip();
        int words = Spaces.count(text) + 1;
        if (words < MIN_WORDS || words > MAX_WORDS) return null;
        if (linkShare(found, text.length()) > MAX_LINKED) return null;
        if (!Authors.fromByLine(text).isEmpty()) return null;
        return text;
    }

    /** The headline element of a page whose headline reads {@code headline}: the first h1 that says it, else null. */
    static Element headlineElement(Element root, String headline) {
        if (root == null || headline == null) return null;
        String h = words(headline);
        if (h.isEmpty()) return null;
        for (Element h1 : root.getElementsByTag("h1")) {
            String t = words(h1.text());
            if (!t.isEmpty() && (t.equals(h) || t.contains(h) || h.contains(t))) return h1;
        }
        return null;
    }

    /**
     * Whether the standfirst joins the story read: not when the story's opening already holds it (a page that sets
     * its standfirst in the body, or opens with it), nor when it holds the story's opening (a summary that repeats
     * the first paragraph word for word is the same text).
     */
    static boolean joins(String standfirst, List<String> story) {
        if (standfirst == null || story.isEmpty()) return false;
        String s = words(standfirst);
        String first = words(story.get(0));
        if (s.isEmpty() || first.isEmpty() || s.contains(first) || first.contains(s)) return false;
        StringBuilder opening = new StringBuilder();
        for (int i = 0; i < Math.min(story.size(), 4); i++) opening.append(words(story.get(i))).append(' ');
        return opening.indexOf(s) < 0;
    }

    /**
     * The block of the first text of at least {@value #MIN_WORDS} words after {@code headline} in document order,
     * when no more than {@value #GAP} characters of text come between and the block meets the headline near it;
     * else null.
     */
    private static Element firstProseAfter(Element headline, Element limit) {
        List<Element> out = new ArrayList<>(1);
        int[] gap = {0};
        boolean[] past = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override public FilterResult head(Node node, int depth) {
                if (!out.isEmpty() || gap[0] > GAP) return FilterResult.STOP;
                if (node == headline) { past[0] = true; return FilterResult.SKIP_ENTIRELY; }
                if (!past[0]) return FilterResult.CONTINUE;
                if (node instanceof Element e && SKIPPED.contains(e.normalName())) return FilterResult.SKIP_ENTIRELY;
                // the lead art comes after the standfirst: a text past a picture is its caption
                if (node instanceof Element e && PICTURES.contains(e.normalName())) return FilterResult.STOP;
                if (node instanceof TextNode t && !t.isBlank()) {
                    String s = t.text().strip();
                    Element block = t.parent() instanceof Element pe ? pe : null;
                    if (Spaces.count(s) + 1 >= MIN_WORDS) {
                        if (block != null && block.closest(OUTSIDE) == null) out.add(blockOf(block, limit));
                        else gap[0] += s.length();
                        return FilterResult.STOP;
                    }
                    gap[0] += s.length();
                }
                return FilterResult.CONTINUE;
            }

            @Override public FilterResult tail(Node node, int depth) { return FilterResult.CONTINUE; }
        }, limit);
        return out.isEmpty() ? null : out.get(0);
    }

    /** The smallest block around {@code e} (itself, or an inline's paragraph), within {@code limit}. */
    private static Element blockOf(Element e, Element limit) {
        Element b = e;
        while (b != limit && b.parent() != null && !b.isBlock()) b = b.parent();
        return b == limit ? null : b;
    }

    private static double linkShare(Element block, int length) {
        int linked = 0;
        for (Element a : block.getElementsByTag("a")) linked += a.text().length();
        return length == 0 ? 1 : (double) linked / length;
    }

    private static String words(String s) {
        return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
