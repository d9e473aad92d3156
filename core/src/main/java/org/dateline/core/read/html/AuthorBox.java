package org.dateline.core.read.html;

import java.util.List;

import org.jsoup.nodes.Element;

/**
 * The name in a box about the author ("blog_author-wrapper", "author-card" with a photo, the name and a bio): themes
 * print the name first, on a line of its own, above the job and the bio. The box's first short line of text is taken
 * when it has a person's shape (two to four capitalised words, no role, see {@link CreditParts#personLike}), so
 * that a box opening with a label ("About the author", "Written by") or a job gives nothing rather than a wrong name.
 */
final class AuthorBox {
    /** Lines of the box read at most: the name comes first, after a label at most. */
    private static final int MAX_LINES = 3;
    /** A name line is short: a longer one is the bio. */
    private static final int MAX_NAME = 40;

    private AuthorBox() {}

    /** The author's name as the box writes it, or null when its first lines hold none. */
    static String name(Element box) {
        int lines = 0;
        for (Element e : box.getAllElements()) {
            if (e == box || !e.children().isEmpty()) continue;
            String t = e.text().strip();
            if (t.isEmpty()) continue;
            if (++lines > MAX_LINES) return null;
            if (t.length() <= MAX_NAME && CreditParts.personLike(t, List.of())) return t;
        }
        return null;
    }
}
