package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Elements whose class or id names them as the byline or the author's name ("byline", "author-name",
 * "post-hero__author", "text__author", "contributor"): themes and page builders name the parts of a class in many
 * ways, so the class is split into its words at hyphens and underscores and a word of {@code byline-class-words}
 * must be among them. Parts about the author that are no name (an avatar, a bio, a job title, a date) are left out
 * by {@code byline-class-not}, and so are teaser boxes and comments, whose authors are others.
 */
final class BylineElements {
    private static final Set<String> WORDS = HtmlWords.get("byline-class-words");
    private static final Set<String> NOT = HtmlWords.get("byline-class-not");
    /** A byline is a line: a longer text is a bio or a box holding more than the name. */
    private static final int MAX_LENGTH = 120;
    private static final int MAX_TEXTS = 6;
    private static final NameMemo<Boolean> NAMED = new NameMemo<>(BylineElements::names);

    private BylineElements() {}

    /**
     * The texts of the page's byline-named elements in page order; none when there are more than a few different
     * ones, as on a listing or a front page, where each teaser carries its own author.
     */
    static List<String> texts(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
            if (!named(e.className()) && !named(e.id())) continue;
            String t = e.text().strip();
            if (t.isEmpty() || t.length() > MAX_LENGTH || OtherStories.holds(e) || inComments(e)) continue;
            if (!out.contains(t)) out.add(t);
            if (out.size() > MAX_TEXTS) return List.of();
        }
        return out;
    }

    /** Whether one of the class names (or the id) has a byline word among its parts and no word of a non-name part. */
    static boolean named(String names) {
        return NAMED.test(names);
    }

    private static boolean names(String names) {
        if (names.isBlank()) return false;
        for (String name : names.toLowerCase(Locale.ROOT).split("\\s+")) {
            boolean hint = false;
            boolean not = false;
            for (String w : name.split("[-_]+")) {
                if (WORDS.contains(w)) hint = true;
                if (NOT.contains(w)) not = true;
            }
            if (hint && !not) return true;
        }
        return false;
    }

    private static boolean inComments(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String n = (p.className() + " " + p.id()).toLowerCase(Locale.ROOT);
            if (n.contains("comment")) return true;
        }
        return false;
    }
}
