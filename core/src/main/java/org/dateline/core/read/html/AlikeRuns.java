package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Runs of alike sibling blocks inside a story, judged together rather than one by one. A ranked list ("1. ...",
 * "2. ..."), a buying guide's picks, a directory of schools or movers: each entry is a block made like the others
 * (one tag, one class), with its name linked to a page of its own, a "read the full review" or "compare prices"
 * link, at times a box of further links, and a paragraph or two of the story's own prose. Block by block, readability
 * takes such an entry for a teaser by its link density and drops it; as a run, the entries show what they are: each
 * one tells something in sentences of its own. A run of teasers (a headline link, at most a line of standfirst)
 * holds no such prose and is judged block by block as before; so is a run whose entries each carry a date (a
 * {@code <time>}, or a short date in a block named for one, {@code date-class-hints.txt}): a feed of other posts,
 * each with its standfirst, not a list the story ranks.
 *
 * <p>Prose is what {@link TextStats#holdsParagraph} calls a paragraph: a {@code <p>} of {@value #PROSE} characters
 * or more, less than {@value #PROSE_LINKS} of it in links.
 */
final class AlikeRuns {
    /** Fewer alike siblings than this are a pair of columns or a question and its answer, not a run of entries. */
    static final int MIN_ITEMS = 3;
    /** The shortest paragraph that makes an entry tell something of its own. */
    static final int PROSE = 120;
    /** The most of such a paragraph that may sit in links. */
    static final double PROSE_LINKS = 0.2;
    /** The share of a run's entries that must hold prose for the run to be the story's own. */
    private static final double PROSE_SHARE = 0.6;
    /** How many enclosing blocks of a block are asked whether they are entries of a run. */
    private static final int DEPTH = 6;

    /** The longest text of a date stamp in an entry ("Dec 19, 2025", "Posted 3 March 2024"). */
    private static final int STAMP = 40;

    private final TextStats stats;
    private final Element root;
    /** Per parent: its children that are entries of a run of prose. */
    private final Map<Element, Set<Element>> entries = new IdentityHashMap<>();

    private AlikeRuns(Element root, TextStats stats) {
        this.root = root;
        this.stats = stats;
    }

    /** The runs under {@code root}, judged on the lengths {@code stats} holds (computed over the same root). */
    static AlikeRuns of(Element root, TextStats stats) {
        return new AlikeRuns(root, stats);
    }

    /**
     * Whether {@code block} tells prose of its own inside an entry of a run of prose (or is such an entry): its links
     * are an entry's links, not a teaser's.
     */
    boolean isProseOfEntry(Element block) {
        if (!stats.holdsParagraph(block, PROSE, PROSE_LINKS)) return false;
        Element e = block;
        for (int i = 0; i < DEPTH && e != null && e != root; i++, e = e.parent()) {
            Element parent = e.parent();
            if (parent == null) return false;
            if (entriesOf(parent).contains(e)) return true;
        }
        return false;
    }

    private Set<Element> entriesOf(Element parent) {
        Set<Element> known = entries.get(parent);
        if (known != null) return known;
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        if (parent.childrenSize() >= MIN_ITEMS) {
            Map<String, List<Element>> alike = new HashMap<>();
            for (Element c : parent.children()) {
                alike.computeIfAbsent(c.normalName() + "." + c.className(), k -> new ArrayList<>()).add(c);
            }
            for (List<Element> run : alike.values()) {
                if (run.size() >= MIN_ITEMS && isProseRun(run)) out.addAll(run);
            }
        }
        entries.put(parent, out);
        return out;
    }

    /**
     * Whether most entries of a run each hold a paragraph of prose, and fewer than half carry a date. A run of bare
     * paragraphs is prose anyway.
     */
    private boolean isProseRun(List<Element> run) {
        if (run.get(0).normalName().equals("p")) return false;
        int prose = 0, dated = 0;
        for (Element e : run) {
            if (stats.holdsParagraph(e, PROSE, PROSE_LINKS)) prose++;
            if (isDated(e)) dated++;
        }
        return prose >= PROSE_SHARE * run.size() && 2 * dated < run.size();
    }

    /**
     * An entry that carries its date: a {@code <time>}, or a short date in a block whose class or id names one
     * ({@link SeenDates#namedForDate}).
     */
    static boolean isDated(Element entry) {
        if (entry.selectFirst("time") != null) return true;
        for (Element e : entry.getAllElements()) {
            if (e == entry || !SeenDates.namedForDate(e)) continue;
            String text = e.text();
            if (!text.isEmpty() && text.length() <= STAMP && DateText.parse(text) != null) return true;
        }
        return false;
    }
}
