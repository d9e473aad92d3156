package org.dateline.core.read.html;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.resources.ResourceFile;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A "By X" line just below the headline, in no element marked as a byline ("Photos and Story By Jane Doe" in a
 * plain div, or "By" and the name in two spans): pages without structured authors often credit the writer there,
 * before the story begins.
 */
final class BylineNearHeadline {
    /** "By", "Story by", "Photos and story by", "Words by": the credit's opening, up to the names. */
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^(?:(?:story|photos?|words|text|reporting|written)\\s+(?:(?:and|&)\\s+)?)*by[:\\s]+(?=\\p{Lu})");
    /**
     * The credit's opening alone in its element ("By", "Written by", "Article written by:", "Author:", and the
     * share-card labels of {@code credit-labels.txt} in other languages, "Geschrieben von"): the name is the next text.
     */
    private static final Pattern LONE = Pattern.compile("(?iu)(?:(?:article|post|story|words)\\s+)?(?:(?:written|story|words)"
            + "\\s+)?by:?|(?:" + String.join("|", ResourceFile.entries(BylineNearHeadline.class, "credit-labels.txt"))
            + ")(?:\\(s\\)|s)?\\s*:?");
    /** Form controls: a sorting menu's "By Review" or "By Date" is no credit. */
    private static final Set<String> CONTROLS = Set.of("select", "option", "button", "label");
    /** Texts after the headline looked at: the credit sits among the first few, before the story. */
    private static final int LOOK_AHEAD = 60;
    private static final int MAX_LENGTH = 80;
    /** A byline's holder longer than this is more than a line of names (a box with a bio or the story's head). */
    private static final int MAX_HOLDER = 120;
    /** What joins co-authors' names: a comma, a semicolon, an ampersand or "and". */
    private static final Pattern JOIN = Pattern.compile("(?i)^\\s*(?:[,;&]|and\\s)");

    private BylineNearHeadline() {}

    /** The names part of the first short "By ..." text after the first h1, as a one-item list; empty when none. */
    static List<String> of(Document doc) {
        Element h1 = doc.selectFirst("h1");
        if (h1 == null) return List.of();
        Finder finder = new Finder(h1);
        NodeTraversor.filter(finder, doc);
        return finder.found == null ? List.of() : List.of(finder.found);
    }

    /** Walks the page's text in order, from the end of the h1 on, until a credit is found or the look-ahead ends. */
    private static final class Finder implements NodeFilter {
        private final Element h1;
        private boolean past;
        private boolean nameNext;
        /** The element that holds the lone credit label, and the label as written. */
        private Element holder;
        private String label;
        private int seen;
        String found;

        Finder(Element h1) { this.h1 = h1; }

        @Override public FilterResult head(Node node, int depth) {
            if (node == h1) {
                past = true;
                return FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof Element e && CONTROLS.contains(e.normalName())) return FilterResult.SKIP_ENTIRELY;
            if (!past || !(node instanceof TextNode t) || t.isBlank()) return FilterResult.CONTINUE;
            // a no-break space is no letter of a credit ("By&nbsp;"), yet String.strip() keeps it
            String text = t.text().replace('\u00a0', ' ').strip();
            if (++seen > LOOK_AHEAD) return FilterResult.STOP;
            if (text.length() > MAX_LENGTH) {
                nameNext = false;
                return FilterResult.CONTINUE;
            }
            if (nameNext) {
                found = withCoAuthors(text);
                return FilterResult.STOP;
            }
            Matcher m = CREDIT.matcher(text);
            if (m.lookingAt()) {
                found = text.substring(m.end());
                return FilterResult.STOP;
            }
            nameNext = LONE.matcher(text).matches();
            holder = nameNext && t.parent() instanceof Element e ? e : null;
            label = text;
            return FilterResult.CONTINUE;
        }

        /**
         * The first name and the co-authors' after it in the label's own element ("By <a>Jane Doe</a>, <a>Omar
         * Haddad</a>"): each name is a text of its own, so the first text alone would drop the others. Only where
         * the element is a line of names, the label first and a comma or "and" right after the first name.
         */
        private String withCoAuthors(String first) {
            if (holder == null) return first;
            String whole = BylineElements.spacedText(holder);
            // "<span>By</span> <a>Jane Doe</a>, ...": the label has an element of its own, the line is its parent's
            if (whole.equals(label) && holder.parent() != null) whole = BylineElements.spacedText(holder.parent());
            if (whole.length() > MAX_HOLDER || !whole.startsWith(label)) return first;
            String names = whole.substring(label.length()).strip();
            if (!names.startsWith(first) || !JOIN.matcher(names.substring(first.length())).lookingAt()) return first;
            return names;
        }

        @Override public FilterResult tail(Node node, int depth) { return FilterResult.CONTINUE; }
    }
}
