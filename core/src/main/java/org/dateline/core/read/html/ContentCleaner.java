package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jsoup.nodes.Element;

/**
 * Takes the leftover furniture out of the chosen story blocks: inner containers that are mostly links
 * (related-headline lists), lists of linked teasers under a "Read Next" heading ({@link TeaserLists}), image
 * galleries, form remnants, and blocks whose class names them as furniture.
 * Prose-heavy blocks (ten commas or more) are never removed: a long paragraph with a few links is still story;
 * nor is a list the story announces with a colon ({@link AnnouncedLists}), or one whose links all lead off the site
 * ({@link OutboundLists}), however many of its items are links; nor is the prose of an entry in a run of alike
 * entries that each tell something of their own ({@link AlikeRuns}: a ranked list, a guide's picks).
 */
final class ContentCleaner {
    private static final String CONDITIONAL = "div, section, ul, ol, table, form, fieldset, dl, figure";
    /** What a figure may hold that is text, not a picture. */
    private static final String TEXT_FIGURES = "table, pre, blockquote";
    /** How much of a wrapper's text its table must hold for the wrapper to be only the table's box. */
    private static final double TABLE_SHARE = 0.8;
    private static final int DATA_ROWS = 3;
    /** The longest line a box emptied of its links may keep and still be only their label. */
    private static final int LABEL = 100;

    private ContentCleaner() {}

    static void clean(Element root) {
        clean(root, true);
    }

    /** As {@link #clean(Element)}; with {@code byNames} false no block is removed for its class or id alone. */
    static void clean(Element root, boolean byNames) {
        List<Element> candidates = new ArrayList<>(root.select(CONDITIONAL));
        candidates.remove(root);
        Collections.reverse(candidates);    // innermost first, as removal of a parent takes its children
        TextStats stats = TextStats.of(root);
        BlockCounts counts = BlockCounts.of(root);
        long prose = stats.paragraphLength(root);
        AlikeRuns runs = AlikeRuns.of(root, stats);
        List<Element> doomed = new ArrayList<>();
        for (Element e : candidates) {
            // a block holding a good part of the story's prose is a wrapper, whatever its name says; a list under a
            // teaser heading is not, for all the sentences its teasers hold
            if (TeaserLists.isTeaserList(e)) {
                doomed.add(e);
                discount(e, stats, counts);
                continue;
            }
            if (stats.paragraphLength(e) > 0.3 * prose && !isPicture(e)) continue;
            if (shouldRemove(e, stats, counts, runs, byNames)) {
                doomed.add(e);
                discount(e, stats, counts);
            }
        }
        Prune.removeAll(doomed);
    }

    /** The blocks around a doomed one are judged without it, its text, links and counts, as if it were gone already. */
    private static void discount(Element e, TextStats stats, BlockCounts counts) {
        counts.discount(e);
        stats.discount(e);
    }

    /**
     * A figure that shows a picture (with its caption). Publishing systems also wrap a table, a code listing or a
     * pulled quote in a {@code <figure>} (WordPress's table block): those are story text, kept like a bare table.
     */
    private static boolean isPicture(Element e) {
        return e.normalName().equals("figure") && e.selectFirst(TEXT_FIGURES) == null;
    }

    /**
     * A block that is little more than the wrapper of a data table: a wide table sits in a box that scrolls
     * sideways ("scrollable-table", "table-scroll"), a name that marks a ticker or a carousel elsewhere. The table
     * is story text (readability keeps data tables), so its wrapper is judged as the table is, not by its name.
     * A data table has a header cell or at least {@value #DATA_ROWS} rows of two cells or more, and no table in
     * a cell (a layout grid).
     */
    private static boolean wrapsDataTable(Element e, TextStats stats) {
        Element table = e.normalName().equals("table") ? e : e.selectFirst("table");
        if (table == null || table.selectFirst("td table, th table") != null) return false;
        if (stats.textLength(table) < TABLE_SHARE * stats.textLength(e)) return false;
        if (table.selectFirst("th") != null) return true;
        int rows = 0;
        for (Element tr : table.select("tr")) if (tr.select("td").size() >= 2) rows++;
        return rows >= DATA_ROWS;
    }

    /**
     * A box emptied of most of its text by the blocks taken out of it, and left with a line and no paragraph: the
     * heading or label of a list of links that went ("More news", "Partners"), not story text.
     */
    private static boolean isLeftLabel(long length, int paragraphs, long removed) {
        return removed > length && paragraphs == 0 && length < LABEL;
    }

    private static boolean shouldRemove(Element e, TextStats stats, BlockCounts counts, AlikeRuns runs,
            boolean byNames) {
        int weight = byNames ? ClassHints.weight(e) : Math.max(0, ClassHints.weight(e));
        if (weight < 0 && !wrapsDataTable(e, stats)) return true;
        String tag = e.normalName();
        if (isPicture(e)) return true; // pictures and their captions, never story text
        if (counts.get(e, BlockCounts.Kind.COMMAS) >= 10) return false;
        if (AnnouncedLists.isAnnounced(e)) return false;  // the story said a list follows: its links are its items
        if (OutboundLists.isOutbound(e)) return false;    // links off the site: the story's products or sources
        if (runs.isProseOfEntry(e)) return false;         // an entry of a ranked list or a guide's picks, links and all
        boolean isList = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
        int p = counts.get(e, BlockCounts.Kind.PARAGRAPHS);
        int img = counts.get(e, BlockCounts.Kind.IMAGES);
        int li = counts.get(e, BlockCounts.Kind.LIST_ITEMS) - 100;
        long length = stats.textLength(e);
        double ld = stats.linkDensity(e);
        int headings = counts.get(e, BlockCounts.Kind.HEADINGS);
        if (img > 1 && (double) p / img < 0.5 && length < 200) return true;
        if (isLeftLabel(length, p, stats.removedLength(e))) return true;
        if (!isList && li > p) return true;
        if (!isList && headings == 0 && length < 25 && (img == 0 || img > 2)) return true;
        if (!isList && LoneParagraphs.isProse(e, stats, counts)) return false;
        if (!isList && weight < 25 && ld > 0.2 && length < 1000) return true;
        if (weight >= 25 && ld > 0.5) return true;
        return isList && ld > 0.5;
    }
}
