package org.dateline.core.read.html;

import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link-text lengths of every element under a root, computed in one pass so that scoring stays linear
 * in the page size (asking each element for its text would be quadratic on deep pages), and kept current as blocks
 * are taken out ({@link #discount}): a container whose link box was removed is judged on what it still holds.
 */
final class TextStats {
    private final Map<Element, long[]> stats = new IdentityHashMap<>();
    private final Element root;

    private TextStats(Element root) { this.root = root; }

    static TextStats of(Element root) {
        TextStats t = new TextStats(root);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override public void head(Node node, int depth) { }

            @Override public void tail(Node node, int depth) {
                Element parent = node.parent() instanceof Element p ? p : null;
                if (node instanceof TextNode tn) {
                    if (parent != null) {
                        int len = tn.text().strip().length();
                        if (len > 0) t.at(parent)[0] += len + 1;
                    }
                } else if (node instanceof Element e) {
                    long[] s = t.at(e);
                    if (e.normalName().equals("a")) s[1] = s[0];
                    if (e.normalName().equals("p")) s[2] = s[0];
                    if (parent != null && node != root) {
                        long[] ps = t.at(parent);
                        ps[0] += s[0];
                        ps[1] += s[1];
                        ps[2] += s[2];
                    }
                }
            }
        }, root);
        return t;
    }

    /**
     * Takes a block's lengths off its ancestors up to the root, as if it had been removed: the cleaner judges
     * blocks innermost first, and a wrapper whose list of related links went already is no longer link-heavy
     * for the links it held. Costs the block's depth.
     * (Paragraph lengths are taken off as they are; a paragraph inside a paragraph is malformed markup.)
     */
    void discount(Element e) {
        long[] s = stats.get(e);
        if (s == null || e == root) return;
        long text = s[0], links = s[1], prose = s[2];
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals("a")) links = text;   // all the text a link holds is link text
            long[] as = stats.get(a);
            if (as != null) {
                as[0] -= text;
                as[1] -= links;
                as[2] -= prose;
                as[3] += text;
            }
            if (a == root) break;
        }
    }

    private long[] at(Element e) { return stats.computeIfAbsent(e, k -> new long[4]); }

    /** How much text the blocks taken out of e held ({@link #discount}); 0 before any was. */
    long removedLength(Element e) {
        long[] s = stats.get(e);
        return s == null ? 0 : s[3];
    }

    /** Approximate visible text length (white space collapsed). */
    long textLength(Element e) {
        long[] s = stats.get(e);
        return s == null ? 0 : s[0];
    }

    /** Length of the text inside {@code <p>} elements: prose, as opposed to menus and link lists. */
    long paragraphLength(Element e) {
        long[] s = stats.get(e);
        return s == null ? 0 : s[2];
    }

    /** Share of the text that sits inside links, 0..1. */
    double linkDensity(Element e) {
        long[] s = stats.get(e);
        return s == null || s[0] == 0 ? 0 : Math.min(1.0, (double) s[1] / s[0]);
    }

    /**
     * Whether e holds a paragraph of prose: a {@code <p>} (e itself or one inside it) of at least {@code minLength}
     * characters of paragraph text, less than {@code maxLinks} of it in links. A story's lead or standfirst has one;
     * a site's header (logo, menu, a one-line motto) and a box of links have none.
     */
    boolean holdsParagraph(Element e, long minLength, double maxLinks) {
        for (Element p : e.getElementsByTag("p")) {
            if (paragraphLength(p) >= minLength && linkDensity(p) < maxLinks) return true;
        }
        return false;
    }
}
