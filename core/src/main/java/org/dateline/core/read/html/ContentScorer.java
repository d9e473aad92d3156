package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the block that holds the story, readability-style: every paragraph of some length votes for its parent
 * (fully), grandparent (half) and further ancestors (less), with more votes for longer, comma-rich text; each
 * container starts from what its tag and class/id say, and its score is cut by its link density. The best
 * container wins, is widened to an ancestor when the runners-up share it, and takes along the siblings that look
 * like they belong (similar score, or link-poor prose).
 */
final class ContentScorer {
    private static final Set<String> BLOCK_CHILDREN = Set.of("a", "blockquote", "dl", "div", "img", "ol", "p", "pre",
            "table", "ul", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "main", "form");
    private static final Set<String> SCORED = Set.of("p", "pre", "td");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    private static final int MAX_ELEMENTS = 400_000;
    /** How much more text than the story block a wrapper around it may hold and still add nothing of its own. */
    private static final double WRAPPER_GROWTH = 1.25;
    /** The shortest paragraph that makes a block above the story its lead ({@link #isLead}). */
    private static final int LEAD_PARAGRAPH = 150;
    /** The most text a lead block above the story holds: more is a story (or a teaser list) of its own. */
    private static final int LEAD_MAX = 2000;
    /** The most of a lead's text that may sit in links. */
    private static final double LEAD_LINKS = 0.2;
    /** How much of a lead block's text its paragraphs hold. */
    private static final double LEAD_SHARE = 0.6;

    /**
     * Insertion (page) order, so that blocks of equal score rank in page order: an identity map ranked ties by
     * identity hash, and the chosen story changed with unrelated code that hashed other objects first.
     * (jsoup elements compare by identity, so a linked map keys them as the identity map did.)
     */
    private final Map<Element, Double> scores = new LinkedHashMap<>();
    private final TextStats stats;

    private ContentScorer(TextStats stats) { this.stats = stats; }

    /** The story's blocks in page order, or an empty list when nothing scores. */
    static List<Element> select(Element body) {
        ContentScorer s = new ContentScorer(TextStats.of(body));
        return s.run(body);
    }

    private List<Element> run(Element body) {
        int seen = 0;
        for (Element e : body.getAllElements()) {
            if (++seen > MAX_ELEMENTS) break;
            if (!isParagraph(e)) continue;
            String text = e.text();
            if (text.length() < 25) continue;
            double score = 1 + countCommas(text) + Math.min(text.length() / 100, 3);
            Element a = e.parent();
            for (int level = 0; a != null && level < 5; level++, a = a.parent()) {
                if (a.normalName().equals("html") || a.parent() == null) break;
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                Double had = scores.get(a);   // the tag and class start is computed once a container, not once a vote
                scores.put(a, (had == null ? initial(a) : had) + score / divider);
            }
        }
        if (scores.isEmpty()) return List.of();
        scores.replaceAll((e, v) -> v * (1 - stats.linkDensity(e)));
        List<Element> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.comparingDouble((Element e) -> scores.get(e)).reversed());
        Element top = widen(ranked);
        return SplitStory.extend(body, withSiblings(top), stats);
    }

    private boolean isParagraph(Element e) {
        String tag = e.normalName();
        if (SCORED.contains(tag)) return true;
        if (!tag.equals("div") && !tag.equals("span") && !tag.equals("section")) return false;
        for (Element c : e.children()) if (BLOCK_CHILDREN.contains(c.normalName())) return false;
        for (Node n : e.childNodes()) if (n instanceof TextNode t && !t.isBlank()) return true;
        return false;
    }

    private static double initial(Element e) {
        double base = switch (e.normalName()) {
            case "article" -> 10;
            case "div", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + ClassHints.weight(e);
    }

    private double score(Element e) { return scores.getOrDefault(e, 0.0); }

    /** Moves up to a shared ancestor when several near-best containers sit under it, or its parent scores higher. */
    private Element widen(List<Element> ranked) {
        Element top = ranked.get(0);
        double topScore = score(top);
        List<List<Element>> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(ranked.size(), 5); i++) {
            if (score(ranked.get(i)) / topScore >= 0.75) alternatives.add(ranked.get(i).parents());
        }
        if (alternatives.size() >= 3) {
            for (Element p = top.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
                int containing = 0;
                for (List<Element> alt : alternatives) if (containsSame(alt, p)) containing++;
                if (containing >= 3) { top = p; break; }
            }
        }
        double last = score(top);
        for (Element p = top.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            if (!scores.containsKey(p)) continue;
            double ps = score(p);
            if (ps < last / 3) break;
            if (ps > last) { top = p; break; }
            last = ps;
        }
        while (top.parent() != null && !top.parent().normalName().equals("body") && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return climb(top);
    }

    /**
     * Stories cut into many small blocks (slides, sections with one paragraph each) score low block by block:
     * climb while an ancestor holds much more prose and is no more link-heavy than an article. A story told in
     * sections wraps each in a section of its own (its heading beside the text, a scroll anchor): such a wrapper
     * adds no prose, so the climb looks past it to the block that holds the sections together; past a block that
     * adds much text but no prose (a sidebar, a menu), or one the page declares the story ({@code <article>},
     * {@code <main>}, {@code itemprop=articleBody}: what lies beyond is the page's other stories), it stops.
     */
    private Element climb(Element top) {
        Element below = top;
        for (Element p = top.parent(); p != null && !p.normalName().equals("body"); below = p, p = p.parent()) {
            if (isStoryBoundary(below)) break;
            long mine = stats.paragraphLength(top), theirs = stats.paragraphLength(p);
            if (theirs >= 1.6 * mine && theirs - mine >= 400) {
                if (stats.linkDensity(p) >= 0.25 || ClassHints.weight(p) < 0) break;
                top = p;
            } else if (stats.textLength(p) > WRAPPER_GROWTH * stats.textLength(top)) {
                break;
            }
        }
        return top;
    }

    /** A block the page declares as the story (or its main part): the story's prose does not go on past it. */
    private static boolean isStoryBoundary(Element e) {
        String tag = e.normalName();
        return tag.equals("article") || tag.equals("main") || "articleBody".equals(e.attr("itemprop"));
    }

    private static boolean containsSame(List<Element> list, Element e) {
        for (Element x : list) if (x == e) return true;
        return false;
    }

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) return List.of(top);
        double topScore = score(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        boolean beforeTop = true;
        for (Element sib : parent.children()) {
            if (sib == top) { out.add(sib); beforeTop = false; continue; }
            double bonus = !top.className().isEmpty() && top.className().equals(sib.className()) ? topScore * 0.2 : 0;
            if (scores.containsKey(sib) && score(sib) + bonus >= threshold) {
                out.add(sib);
            } else if (beforeTop && isLead(sib)) {
                out.add(sib);
            } else if (sib.normalName().equals("p")) {
                long len = stats.textLength(sib);
                double ld = stats.linkDensity(sib);
                if (len > 80 && ld < 0.25) out.add(sib);
                else if (len > 0 && len <= 80 && ld == 0 && SENTENCE_END.matcher(sib.text()).find()) out.add(sib);
            }
        }
        return out;
    }

    /**
     * A block just above the story that holds its lead: the standfirst, deck or summary a publishing system sets in
     * a box of its own before the story's body (readability takes such preambles only when they are bare
     * paragraphs). One paragraph or a few, of {@value #LEAD_PARAGRAPH} characters or more, hardly linked, making up
     * most of the block's text, and short of a story of its own; no block whose name says furniture, and none that
     * shows a picture (the lead art's box above a story, whose long caption is no lead).
     */
    private boolean isLead(Element sib) {
        long text = stats.textLength(sib);
        if (text == 0 || text > LEAD_MAX || ClassHints.weight(sib) < 0) return false;
        if (sib.selectFirst("img, figure") != null) return false;   // a picture's box: its words are a caption
        if (stats.linkDensity(sib) >= LEAD_LINKS || stats.paragraphLength(sib) < LEAD_SHARE * text) return false;
        return stats.holdsParagraph(sib, LEAD_PARAGRAPH, LEAD_LINKS);
    }

    private static int countCommas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') n++;
        }
        return n;
    }
}
