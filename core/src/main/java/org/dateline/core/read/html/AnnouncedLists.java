package org.dateline.core.read.html;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * A list the story announces: the paragraph just before it is a sentence of the story that ends in a colon and so
 * says that what follows belongs to it ("Here are the courses the university offers:", "The agency named these
 * sites:"). Such a list is the story's own text even when every item is a link (a guide's catalogue of courses, a
 * report's list of sources), where a list of bare links is otherwise furniture (readability drops it by its link
 * density, trafilatura by its links' share of a short block). A teaser label ("Read more:", "Related stories:")
 * announces other stories, not the story's own list, and a lead-in of one or two words ("Tags:", "See also:") is a
 * label, not a sentence: neither counts.
 */
final class AnnouncedLists {
    /** A colon closes the lead-in, maybe with a space, a closing quote or bracket after it; full-width too. */
    private static final Pattern ENDS_WITH_COLON = Pattern.compile("[:\uff1a]['\"\u2019\u201d)\\]]?\\s*$");
    /** Fewer words than this make a label, not a sentence. */
    private static final int MIN_WORDS = 3;
    /** A lead-in mostly linked is a teaser's headline, not a sentence of the story. */
    private static final double MAX_LINK_SHARE = 0.5;
    /** Containers a list's wrappers do not reach past: beyond them the lead-in would be another block's. */
    private static final Set<String> STOPS = Set.of("body", "article", "main");

    private AnnouncedLists() {}

    /**
     * Whether {@code block} is a list with items, or a one-child wrapper of one, that a colon lead-in announces
     * ({@link #isAnnouncedList}). Asked of the list itself too, whatever box holds it: a cleaner judging the
     * innermost blocks first meets the list before the wrapper the lead-in stands beside.
     */
    static boolean isAnnounced(Element block) {
        Element list = block;
        while (!isList(list) && list.childrenSize() == 1) list = list.child(0);
        return isList(list) && !list.getElementsByTag("li").isEmpty() && isAnnouncedList(list);
    }

    /**
     * Whether the list {@code list} (a ul or ol) is announced, itself or the wrappers that hold nothing but it:
     * its items then stay when they are all link text.
     */
    static boolean isAnnouncedList(Element list) {
        for (Element e = list; e != null && !STOPS.contains(e.normalName()); e = e.parent()) {
            Element before = e.previousElementSibling();
            if (before != null) return before.normalName().equals("p") && isLeadIn(before);
            if (e.parent() == null || e.parent().childrenSize() != 1) return false;
        }
        return false;
    }

    private static boolean isList(Element e) {
        return e.normalName().equals("ul") || e.normalName().equals("ol");
    }

    private static boolean isLeadIn(Element p) {
        String text = p.text().strip();
        if (!ENDS_WITH_COLON.matcher(text).find()) return false;
        if (Spaces.count(text) < MIN_WORDS || TeaserLists.isTeaserHeading(text)) return false;
        int linked = 0;
        for (Element a : p.select("a")) linked += a.text().length();
        return linked <= MAX_LINK_SHARE * text.length();
    }
}
