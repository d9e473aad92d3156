package org.dateline.core.read.html;

import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What the cleaner counts inside each block (commas, paragraphs, images, list items, headings), for every element
 * under a root in one pass, and kept current as blocks are taken out: asking each block for its text and selecting
 * inside it would cost the square of the page's depth.
 */
final class BlockCounts {
    enum Kind { COMMAS, PARAGRAPHS, IMAGES, LIST_ITEMS, HEADINGS }

    private final Map<Element, int[]> counts = new IdentityHashMap<>();
    private final Element root;

    private BlockCounts(Element root) { this.root = root; }

    static BlockCounts of(Element root) {
        BlockCounts b = new BlockCounts(root);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override public void head(Node node, int depth) { }

            @Override public void tail(Node node, int depth) {
                if (node instanceof TextNode t && node.parentNode() instanceof Element parent) {
                    b.at(parent)[Kind.COMMAS.ordinal()] += commas(t.getWholeText());
                } else if (node instanceof Element e) {
                    int[] c = b.at(e);
                    Kind own = kindOf(e.normalName());
                    if (own != null) c[own.ordinal()]++;
                    if (e != root && e.parent() != null) add(b.at(e.parent()), c, 1);
                }
            }
        }, root);
        return b;
    }

    int get(Element e, Kind kind) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[kind.ordinal()];
    }

    /** Takes a block's counts off its ancestors up to the root, as if it had been removed. */
    void discount(Element e) {
        int[] c = counts.get(e);
        if (c == null || e == root) return;
        for (Element a = e.parent(); a != null; a = a.parent()) {
            add(at(a), c, -1);
            if (a == root) break;
        }
    }

    private int[] at(Element e) { return counts.computeIfAbsent(e, k -> new int[Kind.values().length]); }

    private static void add(int[] into, int[] from, int sign) {
        for (int i = 0; i < into.length; i++) into[i] += sign * from[i];
    }

    private static Kind kindOf(String tag) {
        return switch (tag) {
            case "p" -> Kind.PARAGRAPHS;
            case "img" -> Kind.IMAGES;
            case "li" -> Kind.LIST_ITEMS;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> Kind.HEADINGS;
            default -> null;
        };
    }

    static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ',') n++;
        return n;
    }
}
