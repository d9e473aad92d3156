package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.resources.ResourceFile;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * A credit written as a labelled line of its own, wherever it sits on the page: "Written by Jane Doe" closing the
 * story, "Contributors: Jane Doe" in a box of tags above it, "Autor: Jana Nováková". Themes that put the credit far
 * from the headline, in an element no byline class names, still write the label the reader reads, in the page's
 * language ({@code credit-labels.txt}). A label that ends in a preposition ("written by", "écrit par") is
 * followed by the names; another ("Contributors", "Author") by a colon. Only a short line that is the label and
 * the names and nothing else counts, and none in a comment or a teaser of another story, whose writers are others.
 */
final class LabelledCredit {
    /** A credit line is short: a longer text is a sentence that happens to open with the words. */
    private static final int MAX_LENGTH = 100;
    private static final Set<String> PREPOSITIONS = Set.of("by", "von", "par", "por", "da", "door", "przez");
    private static final List<String> LABELS = ResourceFile.entries(LabelledCredit.class, "credit-labels.txt");
    /** A whole credit line: a label, then the names (which open on a capital letter). */
    private static final Pattern LINE = pattern(LABELS, "(\\p{Lu}[^:|]{2,80})$");
    /** Text that opens with a label, whatever follows. */
    private static final Pattern START = Pattern.compile("^(?iu:" + String.join("|", LABELS.stream()
            .map(l -> Pattern.quote(l.strip()).replace(" ", "\\E\\s+\\Q")).toList()) + ")(?:\\s|:|$)");

    private LabelledCredit() {}

    /**
     * The names after the page's labelled credit lines, in page order, at most a few. Only text that opens with a
     * label is looked at, and then the line around it: the element holding it, or one of its two nearest
     * ancestors ("<p><strong>Contributors:</strong> Jane Doe</p>"), while that stays a short line.
     */
    static List<String> of(Document doc) {
        List<String> out = new ArrayList<>();
        if (doc.body() == null) return out;
        NodeTraversor.traverse((node, depth) -> {
            if (out.size() >= 3 || !(node instanceof TextNode tn) || !(tn.parent() instanceof Element holder)) return;
            String s = tn.text().strip();
            if (s.isEmpty() || s.length() > MAX_LENGTH || !START.matcher(s).lookingAt()) return;
            Element e = holder;
            for (int up = 0; up < 3 && e != null && e != doc.body(); up++, e = e.parent()) {
                String t = BylineElements.spacedText(e);
                if (t.length() > MAX_LENGTH) return;
                String names = names(t);
                if (names == null) continue;
                if (!OtherStories.holds(e) && !BylineElements.inComments(e) && !out.contains(names)) out.add(names);
                return;
            }
        }, doc.body());
        return out;
    }

    /** The names of a credit line ("Written by Jane Doe" gives "Jane Doe"), or null when the line is no credit. */
    static String names(String line) {
        Matcher m = LINE.matcher(line.strip());
        return m.matches() ? m.group(1).strip() : null;
    }

    private static Pattern pattern(List<String> labels, String rest) {
        List<String> open = new ArrayList<>(), colon = new ArrayList<>();
        for (String l : labels) {
            String[] words = l.strip().split("\\s+");
            (PREPOSITIONS.contains(words[words.length - 1]) ? open : colon).add(Pattern.quote(l.strip()).replace(" ", "\\E\\s+\\Q"));
        }
        String alternatives = "(?iu:(?:" + String.join("|", open) + ")\\s*:?\\s+|(?:" + String.join("|", colon) + ")\\s*:\\s*)";
        return Pattern.compile("^" + alternatives + rest);
    }
}
