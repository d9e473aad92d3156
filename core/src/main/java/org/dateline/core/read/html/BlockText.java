package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the chosen story blocks into paragraphs: one per {@code <p>}, heading, list item, quote or line break,
 * white space collapsed. Blocks that are nearly all link text and short ("Read more: ...", a lone headline link)
 * are dropped here, where link text can still be told from plain text, unless they are the items of a list the story
 * announces ({@link AnnouncedLists}) or of one whose links all lead off the site ({@link OutboundLists}); a
 * heading linked to its own anchor on the page is not link text.
 */
final class BlockText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "td", "th", "table", "dd", "dt", "dl",
            "figure", "header", "footer", "address", "center", "hr", "br", "aside", "form", "fieldset", "details",
            "summary", "caption");

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private BlockText() {}

    static List<String> paragraphs(List<Element> roots) {
        return paragraphs(roots, false);
    }

    /** As {@link #paragraphs(List)}; with {@code keepLinks} a line of link text stays (an item title of a listing). */
    static List<String> paragraphs(List<Element> roots, boolean keepLinks) {
        Collector c = new Collector(keepLinks);
        for (Element root : roots) {
            NodeTraversor.traverse(c, root);
            c.flush();
        }
        return c.out;
    }

    private static final class Collector implements NodeVisitor {
        final List<String> out = new ArrayList<>();
        final boolean keepLinks;
        final StringBuilder line = new StringBuilder();
        int linkChars;
        int inLink;
        int inHeading;
        /** Inside a list the story announces ({@link AnnouncedLists}): its lines of link text are its items. */
        int inAnnounced;

        Collector(boolean keepLinks) { this.keepLinks = keepLinks; }

        /** A heading's link to its own place on the page (a section permalink) leads nowhere else: not link text. */
        private boolean countsAsLink(Element e) {
            return e.normalName().equals("a") && !(inHeading > 0 && e.attr("href").startsWith("#"));
        }

        @Override public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                if (s.isEmpty()) return;
                String norm = Spaces.squeeze(s.replace('\u00a0', ' '));
                if (line.length() == 0 || line.charAt(line.length() - 1) == ' ') norm = norm.stripLeading();
                line.append(norm);
                if (inLink > 0) linkChars += norm.strip().length();
            } else if (node instanceof Element e) {
                if (BLOCKS.contains(e.normalName())) flush();
                if (HEADINGS.contains(e.normalName())) inHeading++;
                if (countsAsLink(e)) inLink++;
                if (announced(e)) inAnnounced++;
            }
        }

        @Override public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (countsAsLink(e)) inLink--;
                if (announced(e)) inAnnounced--;
                if (HEADINGS.contains(e.normalName())) inHeading--;
                if (BLOCKS.contains(e.normalName())) flush();
            }
        }

        private static boolean announced(Element e) {
            String tag = e.normalName();
            return (tag.equals("ul") || tag.equals("ol"))
                    && (AnnouncedLists.isAnnouncedList(e) || OutboundLists.isOutboundList(e));
        }

        void flush() {
            String s = line.toString().strip();
            if (!s.isEmpty()) {
                boolean linkBlock = !keepLinks && inAnnounced == 0 && linkChars > 0.6 * s.length()
                        && s.split(" ").length <= 25;
                if (!linkBlock) out.add(s);
            }
            line.setLength(0);
            linkChars = 0;
        }
    }
}
