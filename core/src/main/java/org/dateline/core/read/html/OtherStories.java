package org.dateline.core.read.html;

import java.util.regex.Pattern;

import org.dateline.core.resources.ResourceFile;
import org.jsoup.nodes.Element;

/**
 * Whether an element sits in a part of the page that presents other stories than the page's own: a menu, an aside,
 * a footer, or a block named for related, recommended or trending stories ({@code other-story-names.txt}). A date
 * or an author link found there belongs to a teaser, not to the page. A link alone is not enough: forums link each
 * post's time to the post.
 */
final class OtherStories {
    private static final String TAGS = "nav, aside, footer";
    private static final Pattern NAMES = Pattern.compile(
            String.join("|", ResourceFile.entries(OtherStories.class, "other-story-names.txt")), Pattern.CASE_INSENSITIVE);
    /** How many enclosing blocks are asked for their names: teaser boxes wrap their items closely. */
    private static final int DEPTH = 8;

    private OtherStories() {}

    static boolean holds(Element e) {
        Element wrapper = e.parent() == null ? null : e.parent().closest(TAGS);
        if (wrapper != null && !holdsMain(wrapper, e)) return true;
        Element p = e.parent();
        for (int i = 0; p != null && i < DEPTH; i++, p = p.parent()) {
            if (NAMES.matcher(p.className() + " " + p.id()).find()) return true;
        }
        return false;
    }

    /**
     * Whether the menu, aside or footer around e also holds the page's main element around e: then it is no box of
     * other stories but markup left unclosed, which the parser stretched over the rest of the page (an announcement
     * {@code <aside>} never closed wraps the story too).
     */
    private static boolean holdsMain(Element wrapper, Element e) {
        Element main = e.closest("main");
        return main != null && main != wrapper && main.parents().contains(wrapper);
    }
}
