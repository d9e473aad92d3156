package org.dateline.core.read.html;

import java.util.List;
import java.util.regex.Pattern;

import org.dateline.core.resources.ResourceFile;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A list of other stories that sits inside the story container under a heading that says so ("Read Next:",
 * "Related stories"): each item a teaser, often a sentence with a link in it rather than a bare headline link,
 * so link density alone keeps it. Trafilatura and readability drop such lists by their heading; a list is taken
 * for teasers only when every item links somewhere, so that a story's own list under a heading of that wording
 * (a list of things to read, say) with plain items stays.
 */
final class TeaserLists {
    /** Colons, stops, arrows and dashes that end a heading ("More stories:", "Related \u00bb"), compiled once. */
    private static final Pattern HEADING_MARKS = Pattern.compile("[\\s:.!\u00bb\u203a>|\u2013\u2014-]+$");
    private static final List<Pattern> HEADINGS = ResourceFile.entries(TeaserLists.class, "teaser-headings.txt")
            .stream().map(h -> Pattern.compile("(?iu)" + h)).toList();
    /** A heading longer than this is a title that happens to begin like a teaser heading, not a box label. */
    private static final int HEADING_LENGTH = 60;
    private static final String HEADING = "h2, h3, h4, h5, h6, p, strong, b, div";
    /** The queries parsed once: every block of a story is asked, and a query string is parsed again each time. */
    private static final Evaluator IS_HEADING = QueryParser.parse(HEADING);
    private static final Evaluator LIST_OR_BLOCK = QueryParser.parse("ul, ol, div, section");
    private static final Evaluator LIST = QueryParser.parse("ul, ol");
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    /** How many alike cards make a block a run of teaser cards rather than one block of the story. */
    private static final int MIN_CARDS = 2;

    private TeaserLists() {}

    /**
     * Whether {@code list} is a list of linked teasers under a teaser heading: a ul or ol, or a block of cards
     * (a page builder's post grid: a div or section whose first branching holds two or more elements of one tag,
     * each a card with its title, excerpt and link), every item linking somewhere.
     */
    static boolean isTeaserList(Element list) {
        if (!list.is(LIST_OR_BLOCK)) return false;
        // the cards first: finding them is cheap, and most blocks have none, so the heading's text is rarely built
        List<Element> items = list.is(LIST)
                ? list.children().stream().filter(c -> c.normalName().equals("li")).toList()
                : cards(list);
        if (items.isEmpty()) return false;
        Element before = list.previousElementSibling();
        if (before == null || !before.is(IS_HEADING) || !isTeaserHeading(before.text())) return false;
        return items.stream().allMatch(li -> li.selectFirst(LINK) != null);
    }

    /**
     * The cards of a block: below the wrappers that hold one element each, the first element with more than one
     * child, whose children are its cards when there are at least {@value #MIN_CARDS} and all share one tag other
     * than a paragraph's; else none (a block of mixed prose, headings and pictures is no run of cards, and a run
     * of paragraphs, links and all, is the story's own text: a digest's 'Other news' tells its items in them).
     */
    private static List<Element> cards(Element block) {
        Element e = block;
        while (e.childrenSize() == 1) e = e.child(0);
        List<Element> kids = e.children();
        if (kids.size() < MIN_CARDS) return List.of();
        String tag = kids.get(0).normalName();
        if (tag.equals("p")) return List.of();
        return kids.stream().allMatch(k -> k.normalName().equals(tag)) ? kids : List.of();
    }

    static boolean isTeaserHeading(String text) {
        String t = HEADING_MARKS.matcher(text.strip()).replaceAll("");
        if (t.isEmpty() || t.length() > HEADING_LENGTH) return false;
        return HEADINGS.stream().anyMatch(p -> p.matcher(t).matches());
    }
}
