package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.resources.ResourceFile;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The writers' part of a byline that also credits helpers ("By Jane Doe Contributions from Omar Haddad", "Jane Doe;
 * Edited by Li Wei"): the names after a helper's label ({@code helper-credit-labels.txt}) contributed, edited, checked
 * or illustrated the story and did not write it. A byline lists its writers first, so it is cut at the first label.
 */
final class HelperCredits {
    private static final Pattern LABEL = labels(false);
    /** Labels of help with the words only: a picture's credit stands under the picture, no part of a byline. */
    private static final Pattern TEXT_LABEL = labels(true);
    /** A writer's label ending in "by" ("Written by", "Story by"), of {@code credit-labels.txt}: a helper's credit ends there. */
    private static final Pattern WRITER_LABEL = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + String.join("|",
            ResourceFile.entries(HelperCredits.class, "credit-labels.txt").stream().filter(l -> l.endsWith(" by")).toList())
            + ")(?![\\p{L}\\p{N}])");

    /** A helper's credit is a line, not a paragraph; a page has few. */
    private static final int MAX_LINE = 160;
    private static final int MAX_LINES = 4;
    /** How many enclosing blocks are asked whether they are the byline: a helper's credit sits right inside it. */
    private static final int BYLINE_DEPTH = 3;

    private HelperCredits() {}

    /**
     * The names the byline gives only in a helper's credit ("Jane Doe Contributions from Omar Haddad": Omar Haddad)
     * taken out of {@code names}; a name also written in the writers' part stays.
     */
    static void drop(List<String> names, String byline) {
        String[] parts = split(byline);
        if (parts[1].isEmpty()) return;
        // a degree's letters ("MD", "RD") stay: writer and reviewer may hold the same one
        names.removeIf(n -> !Organisations.credential(n) && names(parts[1], n) && !names(parts[0], n));
    }

    /** Whether the text names n as a whole ("RD" is not named in "RDN"). */
    private static boolean names(String text, String n) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    /**
     * The short lines of the page that credit helpers: the element around a text that opens with a helper's label
     * ("<span>Contributions from <a>Omar Haddad</a></span>"), outside boxes of other stories. A teaser's byline is
     * another story's, so those are left out.
     */
    static List<String> lines(Document doc) {
        List<String> out = new ArrayList<>();
        if (doc.body() == null) return out;
        NodeTraversor.traverse((node, depth) -> {
            if (!(node instanceof TextNode t) || !(node.parent() instanceof Element e) || out.size() >= MAX_LINES) return;
            String own = t.text().strip();
            if (own.isEmpty() || own.length() > MAX_LINE) return;
            if (!TEXT_LABEL.matcher(own).lookingAt() || OtherStories.holds(e) && !inBylineBlock(e)) return;
            String line = BylineElements.spacedText(e);
            if (line.length() <= MAX_LINE) out.add(line);
        }, doc.body());
        return out;
    }

    /**
     * Whether e sits in a block named as the byline ("author-byline__contributors"): there the helper's credit is the
     * page's own, though a page builder wrap the whole story in a block it calls a widget, as it calls teaser boxes.
     */
    private static boolean inBylineBlock(Element e) {
        int depth = 0;
        for (Element p = e; p != null && depth < BYLINE_DEPTH; p = p.parent(), depth++) {
            if (BylineElements.named(p.className()) || BylineElements.named(p.id())) return true;
        }
        return false;
    }

    private static Pattern labels(boolean textOnly) {
        List<String> out = new ArrayList<>();
        for (String[] row : ResourceFile.rows(HelperCredits.class, "helper-credit-labels.txt")) {
            if (row.length != 2) throw new IllegalStateException("helper-credit-labels.txt: not KIND, REGEX: " + row[0]);
            if (!textOnly || row[0].equals("text")) out.add(row[1].strip());
        }
        return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + String.join("|", out) + ")(?![\\p{L}\\p{N}])");
    }

    /**
     * The byline without its helpers' credits: each runs from a helper's label to a writer's label ("Medically
     * reviewed by Dr Omar Haddad — Written by Jane Doe") or to the end; the whole when it credits no helper.
     */
    static String writersOnly(String byline) {
        String[] parts = split(byline);
        if (parts[1].isEmpty()) return byline;
        return parts[0].replaceFirst("^[\\s,;|\u2013\u2014-]+", "").replaceFirst("[\\s,;|\u2013\u2014(-]+$", "").strip();
    }

    /** The writers' part and the helpers' part of a byline. */
    private static String[] split(String byline) {
        StringBuilder writers = new StringBuilder(), helpers = new StringBuilder();
        Matcher help = LABEL.matcher(byline), writer = WRITER_LABEL.matcher(byline);
        int pos = 0;
        while (pos < byline.length() && help.find(pos)) {
            writers.append(byline, pos, help.start());
            int next = writer.find(help.end()) ? writer.start() : byline.length();
            helpers.append(byline, help.start(), next).append(' ');
            pos = next;
        }
        if (pos < byline.length()) writers.append(byline.substring(pos));
        return new String[] {writers.toString(), helpers.toString().strip()};
    }
}
