package org.dateline.core.read.html;

import java.util.Locale;

import org.dateline.core.source.UnreadableDocumentException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The shape a page may have to be read: at most {@value #MAX_DEPTH} elements deep and {@value #MAX_ELEMENTS}
 * elements in all. Reading is linear in the page size, but a few steps look up an element's ancestors (is it inside
 * a table? inside another story block?), which costs the depth of the page for each element; the depth bound keeps
 * that linear too. The deepest of 2,400 real news and web pages measured was 138 elements; a page nested thousands
 * deep is broken or hostile, and is refused with a reason instead of stalling the batch that holds it.
 */
final class ReadingBudget {
    /** Seven times the deepest real page seen. */
    static final int MAX_DEPTH = 1_000;
    /** Sixty times the largest real page seen (16,000 elements); within {@link HtmlArticleReader#MAX_BYTES}. */
    static final int MAX_ELEMENTS = 1_000_000;

    private ReadingBudget() {}

    /** Throws when the parsed page is deeper or larger than a readable page; stops looking at the first excess. */
    static void check(Document doc) throws UnreadableDocumentException {
        int[] elements = {0};
        String[] excess = {null};
        NodeTraversor.filter(new NodeFilter() {
            @Override public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element)) return FilterResult.CONTINUE;
                if (depth > MAX_DEPTH) {
                    excess[0] = String.format(Locale.ROOT, "HTML nested more than %d elements deep: broken or hostile "
                            + "markup, not a readable page", MAX_DEPTH);
                    return FilterResult.STOP;
                }
                if (++elements[0] > MAX_ELEMENTS) {
                    excess[0] = String.format(Locale.ROOT, "HTML page has more than %,d elements: not a readable page",
                            MAX_ELEMENTS);
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, doc);
        if (excess[0] != null) throw new UnreadableDocumentException(excess[0]);
    }
}
