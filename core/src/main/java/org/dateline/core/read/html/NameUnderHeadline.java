package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.dateline.core.read.draft.Months;
import org.dateline.core.resources.ResourceFile;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A writer's name standing alone just under the headline, with no "By" and no element named for a byline: themes
 * print the name in one element and the story's date, a "Published:" label or the writer's job ("Senior Writer") in
 * the next, and that neighbour is what makes the line a credit rather than a kicker or a heading. Asked last, when no
 * structured or labelled credit was found.
 *
 * <p>The name must have a person's shape (two to four capitalised words or initials, no organisation, no role, no
 * month) and be no link, heading or control: a linked name under the headline is a category or another story (a link
 * to the writer's own page is read before this by {@link Authors#linkedAuthors}), a heading titles a section.
 */
final class NameUnderHeadline {
    /** Job titles of writers ("Staff Writer", "Tech Reporter", "Co-Founder"): a line of them names the one above. */
    private static final Set<String> ROLES = HtmlWords.get("byline-roles");
    /** Words that label the date after them ("Published:", "Updated"): such a line stamps the story. */
    private static final Pattern DATE_LABEL = Pattern.compile("(?iu)^(?:"
            + String.join("|", ResourceFile.entries(NameUnderHeadline.class, "date-labels.txt"))
            + ")(?!\\p{L})|^(?:" + PageDates.MODIFIED.pattern() + ")");
    /**
     * Texts after the headline looked at, up to the second of prose: the credit sits among the first few, before
     * the story; a name with a job under a quote further down signs a testimonial or a team card.
     */
    private static final int LOOK_AHEAD = 40;
    /**
     * Elements whose text is no credit line: a link (a category, another story), a heading (a section's or a teaser's
     * title), a control (a "Save Article" button, a menu's options), a caption.
     */
    private static final String NOT_A_CREDIT = "a, h1, h2, h3, h4, h5, h6, button, option, select, label, figcaption";
    /** A name, a date, a job: each is a short line. */
    private static final int MAX_NAME = 40;
    private static final int MAX_NEIGHBOUR = 60;
    /** A text this long is prose: a standfirst may come between the headline and the name, the story may not. */
    private static final int PROSE = 150;

    private NameUnderHeadline() {}

    /** The name, as a one-item list, or an empty list when no line under the first h1 is a stamped name. */
    static List<String> of(Document doc, List<String> organisations) {
        Element h1 = doc.selectFirst("h1");
        if (h1 == null) return List.of();
        List<TextNode> lines = linesAfter(doc, h1);
        String headline = h1.text().strip();
        for (int i = 0; i < lines.size(); i++) {
            String s = clean(lines.get(i).text());
            if (s.length() > MAX_NAME || s.equals(headline) || !named(lines.get(i), s, organisations)) continue;
            if (stamped(lines, i)) return List.of(s);
        }
        return List.of();
    }

    private static List<TextNode> linesAfter(Document doc, Element h1) {
        List<TextNode> out = new ArrayList<>();
        boolean[] past = new boolean[1];
        int[] prose = new int[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override public FilterResult head(Node node, int depth) {
                if (node == h1) {
                    past[0] = true;
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element e && (e.normalName().equals("script") || e.normalName().equals("style"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!past[0] || !(node instanceof TextNode t) || clean(t.text()).isEmpty()) return FilterResult.CONTINUE;
                // the second paragraph of prose is the story (or a testimonial's quote): its head has passed
                if (t.text().length() > PROSE && ++prose[0] >= 2) return FilterResult.STOP;
                out.add(t);
                return out.size() >= LOOK_AHEAD ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override public FilterResult tail(Node node, int depth) { return FilterResult.CONTINUE; }
        }, doc);
        return out;
    }

    /** Whether the line is a person's name in no link and no teaser box. */
    private static boolean named(TextNode t, String s, List<String> organisations) {
        Element parent = t.parent() instanceof Element e ? e : null;
        if (parent == null || parent.closest(NOT_A_CREDIT) != null || OtherStories.holds(parent)) return false;
        if (!CreditParts.personLike(s, organisations)) return false;
        for (String w : s.split("\\s+")) {
            if (Months.number(w) != null || ROLES.contains(w.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /** Whether a line next to the name (one before, two after) is a date, a date's label or a job title. */
    private static boolean stamped(List<TextNode> lines, int at) {
        for (int j = Math.max(0, at - 1); j <= Math.min(lines.size() - 1, at + 2); j++) {
            if (j == at) continue;
            String s = clean(lines.get(j).text());
            if (s.length() > MAX_NEIGHBOUR) continue;
            if (DateText.parseMarked(s, DateText.NumericOrder.MONTH_FIRST) != null || DATE_LABEL.matcher(s).find()
                    || j > at && role(s)) {
                return true;
            }
        }
        return false;
    }

    /** "Senior Writer", "Tech Reporter", "Co-Founder & Marketing Lead": a short line with a writer's job in it. */
    static boolean role(String s) {
        String[] words = s.toLowerCase(Locale.ROOT).split("[\\s,&/|]+");
        if (words.length > 6) return false;
        for (String w : words) if (ROLES.contains(w)) return true;
        return false;
    }

    private static String clean(String s) {
        return Spaces.squeeze(s.replace('\u00a0', ' ')).strip();
    }
}
