package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A story the page cuts into several blocks made alike: the publishing system writes each run of the story's
 * paragraphs into a box of the same tag and class ("story-text", "body-part", "slide"), and sets something between
 * the boxes (a video, an advertisement, a newsletter form, a row of its own): the scorer picks one box and the
 * sections beside it in their own rows, or the lead above a media box, are lost. The story's other parts are the
 * blocks made exactly like the box that holds the chosen block's paragraphs, each holding link-poor prose, within the
 * same story: under the same {@code <article>} (or none: an endless page sets each story in an article of its own),
 * as deep in the page, and next to the story read so far, with no more than a caption's worth of text between (a
 * blog's box of other posts made like its post is further off) and no heading: boxes made alike with a heading
 * between them are the sections of a page told side by side, read as such ({@link BodyExtractor}). A block without
 * a class name is no evidence (every bare {@code <div>} is made alike), nor is a name a page builder gives to
 * dozens of boxes.
 */
final class SplitStory {
    /** The shortest paragraph that makes a block prose (characters). */
    private static final int PARAGRAPH = 80;
    /** The most of an alike block's text that may sit in links: more is a row of teasers made like the story. */
    private static final double MAX_LINKS = 0.25;
    /**
     * The most text (characters) between the story read so far and a part made alike: what a publishing system sets
     * between two runs of a story is a picture's caption, a video's title, an advertisement's label; more is other
     * text (a box of the writer's other posts, a form's small print) between the story and a block made like it.
     */
    private static final int MAX_GAP = 300;
    /**
     * The most blocks made alike a page may hold for them to be the parts of one story: a page builder makes every
     * text box of the page alike ("widget-container", "text-inner"), dozens of them.
     */
    private static final int MAX_PARTS = 8;
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    private SplitStory() {}

    /** The chosen blocks with the story's other parts made alike, in page order; {@code chosen} when there are none. */
    static List<Element> extend(Element body, List<Element> chosen, TextStats stats) {
        Element holder = holder(chosen, stats);
        if (holder == null) return chosen;
        List<Element> alike = new ArrayList<>();
        for (Element e : body.getElementsByAttributeValue("class", holder.className())) {
            if (e.normalName().equals(holder.normalName())) alike.add(e);
        }
        if (alike.size() < 2 || alike.size() > MAX_PARTS) return chosen;
        Offsets at = Offsets.of(body);
        long from = Long.MAX_VALUE, to = Long.MIN_VALUE;
        for (Element c : chosen) {
            from = Math.min(from, at.start(c));
            to = Math.max(to, at.end(c));
        }
        List<Element> parts = new ArrayList<>();
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Element e : alike) {
                if (within(e, parts) || within(e, chosen) || !isPart(e, holder, stats)) continue;
                boolean after = at.start(e) >= to;
                long gap = after ? at.start(e) - to : at.end(e) <= from ? from - at.end(e) : -1;
                if (gap < 0 || gap > MAX_GAP) continue;
                if (after ? at.headingIn(to, at.start(e)) : at.headingIn(at.end(e), from)) continue;
                parts.add(e);
                from = Math.min(from, at.start(e));
                to = Math.max(to, at.end(e));
                grew = true;
            }
        }
        if (parts.isEmpty()) return chosen;
        List<Element> out = new ArrayList<>(chosen);
        out.addAll(parts);
        out.sort((a, b) -> Long.compare(at.order(a), at.order(b)));
        return out;
    }

    /**
     * Link-poor prose in the same story as the box the chosen blocks' paragraphs sit in, as deep in the page as that
     * box: the template sets each run of a story in the same place; a footer's small print in a box of the same name
     * sits elsewhere.
     */
    private static boolean isPart(Element e, Element holder, TextStats stats) {
        return e.parents().size() == holder.parents().size() && stats.linkDensity(e) < MAX_LINKS
                && stats.holdsParagraph(e, PARAGRAPH, MAX_LINKS) && sameStory(holder, e);
    }

    /**
     * The box, with a class name, that directly holds most of the chosen blocks' paragraph text (the chosen block
     * itself or one inside it); null when no named box holds prose.
     */
    private static Element holder(List<Element> chosen, TextStats stats) {
        Map<Element, Long> held = new IdentityHashMap<>();
        for (Element c : chosen) {
            for (Element p : c.getElementsByTag("p")) {
                Element parent = p.parent();
                if (parent == null || stats.paragraphLength(p) < PARAGRAPH) continue;
                held.merge(parent, stats.paragraphLength(p), Long::sum);
            }
        }
        Element best = null;
        for (Map.Entry<Element, Long> e : held.entrySet()) {
            if (best == null || e.getValue() > held.get(best)) best = e.getKey();
        }
        return best == null || best.className().isBlank() ? null : best;
    }

    private static boolean within(Element e, List<Element> chosen) {
        for (Element c : chosen) {
            if (c == e || e.parents().contains(c) || c.parents().contains(e)) return true;
        }
        return false;
    }

    /** Under the same {@code <article>} (or none): an endless page sets each of its stories in one of its own. */
    private static boolean sameStory(Element a, Element b) {
        return article(a) == article(b);
    }

    private static Element article(Element e) {
        for (Element p : e.parents()) if (p.normalName().equals("article")) return p;
        return null;
    }

    /**
     * Where each element's text starts and ends in the page's text (characters), its rank in page order, and where
     * the page's headings (h2-h6) start.
     */
    private record Offsets(Map<Element, long[]> spans, List<Long> headings) {
        static Offsets of(Element body) {
            Map<Element, long[]> spans = new IdentityHashMap<>();
            List<Long> headings = new ArrayList<>();
            long[] chars = {0}, rank = {0};
            NodeTraversor.traverse(new NodeVisitor() {
                @Override public void head(Node node, int depth) {
                    if (node instanceof TextNode t) chars[0] += t.text().strip().length();
                    else if (node instanceof Element e) {
                        spans.put(e, new long[] {chars[0], chars[0], rank[0]++});
                        if (HEADINGS.contains(e.normalName())) headings.add(chars[0]);
                    }
                }

                @Override public void tail(Node node, int depth) {
                    if (node instanceof Element e) spans.get(e)[1] = chars[0];
                }
            }, body);
            return new Offsets(spans, headings);
        }

        /**
         * Whether a heading starts between {@code from} and {@code to}, both included: a box that opens with a
         * heading is a section of its own.
         */
        boolean headingIn(long from, long to) {
            for (long h : headings) if (h >= from && h <= to) return true;
            return false;
        }

        long start(Element e) { return spans.getOrDefault(e, new long[3])[0]; }
        long end(Element e) { return spans.getOrDefault(e, new long[3])[1]; }
        long order(Element e) { return spans.getOrDefault(e, new long[3])[2]; }
    }
}
