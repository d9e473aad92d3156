package org.dateline.core.read.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A box that holds one paragraph of prose and nothing else: many publishing systems set every paragraph of a story
 * in a box of its own (a "story-part", a paywall's "subscriber-only" wrapper, a rich-text block), and such a box is
 * judged as the paragraph it holds, not as a block of the page. Readability's conditional cleaning takes out a block
 * more than a fifth of whose text is links, meant for boxes of related headlines; a paragraph of a story that cites
 * one long link ("... and even <a>people like X, who had begged him not to resign</a>.") crosses that line, and the
 * story lost a paragraph. A paragraph is prose when it is long ({@value #MIN_LENGTH} characters or more), ends as a
 * sentence ends, does not open with a link (a teaser opens with its linked headline), and at most
 * {@value #MAX_LINKS} of it is links; the box holds no heading, list, picture or second paragraph.
 */
final class LoneParagraphs {
    /** The shortest paragraph judged on its own: shorter lines in a box are labels, prompts and credits. */
    static final int MIN_LENGTH = 150;
    /** The most of the paragraph's text that may be links: more is a teaser or a line of links. */
    static final double MAX_LINKS = 0.5;
    /** How much of the box's text the paragraph holds. */
    private static final double PARAGRAPH_SHARE = 0.9;

    private LoneParagraphs() {}

    /** Whether {@code box} only wraps one paragraph of prose (see the class comment). */
    static boolean isProse(Element box, TextStats stats, BlockCounts counts) {
        if (counts.get(box, BlockCounts.Kind.PARAGRAPHS) != 1 || counts.get(box, BlockCounts.Kind.HEADINGS) > 0
                || counts.get(box, BlockCounts.Kind.IMAGES) > 0 || counts.get(box, BlockCounts.Kind.LIST_ITEMS) > 0) {
            return false;
        }
        long length = stats.textLength(box);
        if (length < MIN_LENGTH || stats.paragraphLength(box) < PARAGRAPH_SHARE * length
                || stats.linkDensity(box) > MAX_LINKS) {
            return false;
        }
        Element p = box.normalName().equals("p") ? box : box.selectFirst("p");
        return p != null && !opensWithLink(p) && endsAsSentence(p.text());
    }

    /** Whether the paragraph's first words are a link's: its first text sits inside an {@code <a>}. */
    static boolean opensWithLink(Element p) {
        for (Node n = firstText(p); n != null; n = n.parentNode()) {
            if (n == p) return false;
            if (n instanceof Element e && e.normalName().equals("a")) return true;
        }
        return false;
    }

    /** The first text of {@code e} that is not blank, in reading order. */
    private static TextNode firstText(Element e) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) return t;
            if (n instanceof Element c) {
                TextNode t = firstText(c);
                if (t != null) return t;
            }
        }
        return null;
    }

    /** Whether the text ends as a sentence does: a stop, question or exclamation mark, maybe inside quotes or brackets. */
    static boolean endsAsSentence(String text) {
        String s = text.strip();
        int i = s.length() - 1;
        while (i >= 0 && "\"'\u201d\u2019)]\u00bb".indexOf(s.charAt(i)) >= 0) i--;
        return i >= 0 && ".!?\u2026".indexOf(s.charAt(i)) >= 0;
    }
}
