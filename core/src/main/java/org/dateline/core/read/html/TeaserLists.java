package org.dateline.core.read.html;

import java.util.List;
import java.util.regex.Pattern;

import org.dateline.core.resources.ResourceFile;
import org.jsoup.nodes.Element;

/**
 * A list of other stories that sits inside the story container under a heading that says so ("Read Next:",
 * "Related stories"): each item a teaser, often a sentence with a link in it rather than a bare headline link,
 * so link density alone keeps it. Trafilatura and readability drop such lists by their heading; a list is taken
 * for teasers only when every item links somewhere, so that a story's own list under a heading of that wording
 * (a list of things to read, say) with plain items stays.
 */
final class TeaserLists {
    private static final List<Pattern> HEADINGS = ResourceFile.entries(TeaserLists.class, "teaser-headings.txt")
            .stream().map(h -> Pattern.compile("(?iu)" + h)).toList();
    /** A heading longer than this is a title that happens to begin like a teaser heading, not a box label. */
    private static final int HEADING_LENGTH = 60;
    private static final String HEADING = "h2, h3, h4, h5, h6, p, strong, b, div";

    private TeaserLists() {}

    /** Whether {@code list} (a ul or ol) is a list of linked teasers under a teaser heading. */
    static boolean isTeaserList(Element list) {
        if (!list.is("ul, ol")) return false;
        Element before = list.previousElementSibling();
        if (before == null || !before.is(HEADING) || !isTeaserHeading(before.text())) return false;
        List<Element> items = list.children().stream().filter(c -> c.normalName().equals("li")).toList();
        return !items.isEmpty() && items.stream().allMatch(li -> li.selectFirst("a[href]") != null);
    }

    static boolean isTeaserHeading(String text) {
        String t = text.strip().replaceAll("[\\s:.!\u00bb\u203a>|\u2013\u2014-]+$", "");
        if (t.isEmpty() || t.length() > HEADING_LENGTH) return false;
        return HEADINGS.stream().anyMatch(p -> p.matcher(t).matches());
    }
}
