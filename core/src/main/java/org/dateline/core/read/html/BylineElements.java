package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Elements whose class or id names them as the byline or the author's name ("byline", "author-name",
 * "post-hero__author", "text__author", "contributor", "AuthorLink-sc-3x"): themes and page builders name the parts of a
 * class in many ways, so the class is split into its words at hyphens, underscores and camel-case joins and a word of {@code byline-class-words}
 * must be among them. Parts about the author that are no name (an avatar, a bio, a job title, a date) are left out
 * by {@code byline-class-not}, and so are teaser boxes and comments, whose authors are others.
 */
final class BylineElements {
    private static final Set<String> WORDS = HtmlWords.get("byline-class-words");
    private static final Set<String> NOT = HtmlWords.get("byline-class-not");
    /** Words of a block that holds more than the name ("author-box", "author-card"): it is no byline ... */
    private static final Set<String> HOLDERS = HtmlWords.get("byline-class-holders");
    /** ... but its part whose class also has a name word is ("author-box__name"). */
    private static final Set<String> NAME_WORDS = HtmlWords.get("byline-class-name");
    /** A byline is a line: a longer text is a bio or a box holding more than the name. */
    private static final int MAX_LENGTH = 120;
    private static final int MAX_TEXTS = 6;
    /** Where a lower-case letter meets an upper-case one: a word boundary of a camel-case name. */
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
            String t = spacedText(e);
            // page builders call the author box a widget, as they do teaser boxes; its name part is still the page's
            boolean otherStory = OtherStories.holds(e) && !boxName(e.className());
            if (t.isEmpty() || t.length() > MAX_LENGTH || otherStory || inComments(e)) continue;
            if (!out.contains(t)) out.add(t);
            if (out.size() > MAX_TEXTS) return List.of();
        }
        return out;
    }

    /**
     * The element's text with a blank between the texts of its parts: a byline's parts sit in their own elements
     * with no space between them in the markup ("<span>Jane Doe</span><span>Senior Analyst</span>"), and jsoup's
     * text would glue them into one word ("Jane DoeSenior Analyst").
     */
    static String spacedText(Element e) {
        StringBuilder b = new StringBuilder();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t) b.append(' ').append(t.text());
        }, e);
        return Spaces.squeeze(b.toString().replace('\u00a0', ' ')).replaceAll(" ([,;.])", "$1").strip();
    }

    /** Whether one of the class names (or the id) has a byline word among its parts and no word of a non-name part. */
    static boolean named(String names) {
        return NAMED.test(names);
    }

    private static boolean names(String names) {
        if (names.isBlank()) return false;
        for (String name : Spaces.split(names)) {
            boolean hint = false;
            boolean not = false;
            boolean holder = false;
            boolean nameWord = false;
            // styled-component names join their words in camel case ("AuthorLink-sc-10pl2l7-4", "BylineName")
            for (String w : ClassHints.words(name)) {
                if (WORDS.contains(w)) hint = true;
                if (NOT.contains(w)) not = true;
                if (HOLDERS.contains(w)) holder = true;
                if (NAME_WORDS.contains(w)) nameWord = true;
            }
            if (hint && !not && (!holder || nameWord)) return true;
        }
        return false;
    }

    /** Whether a class names the name part of a box about the author ("author-box__name"). */
    private static boolean boxName(String names) {
        for (String name : Spaces.split(names)) {
            List<String> words = List.of(ClassHints.words(name));
            if (words.stream().anyMatch(WORDS::contains) && words.stream().anyMatch(HOLDERS::contains)
                    && words.stream().anyMatch(NAME_WORDS::contains)) return true;
        }
        return false;
    }

    /** Whether e sits in a comment section (a class or id with "comment" on it or an ancestor): commenters write no byline. */
    static boolean inComments(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String n = (p.className() + " " + p.id()).toLowerCase(Locale.ROOT);
            if (n.contains("comment")) return true;
        }
        return false;
    }
}
