package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Puts the parts of a page that a server streamed late back where they belong. A page rendered on the server in a
 * stream (React's streaming renderer, used by Next.js and others) first sends each slow part as a placeholder, an
 * empty {@code <template id="B:3">} followed by a fallback ("Loading..."), and sends the part itself later, at the
 * end of the body, in a hidden {@code <div hidden id="S:3">} that a small script moves into the placeholder. A
 * reader without scripts sees the story only as hidden blocks at the foot of the page, which the cleaning drops as
 * hidden: here each hidden segment takes the place of its placeholder and fallback, as the script would do. The
 * script calls ({@code $RC("B:3","S:7")}, {@code $RS("S:7","P:3")}) say which segment fills which placeholder;
 * pages saved without their scripts pair them by number, as the renderer names them.
 */
final class StreamedSegments {
    private static final Pattern BOUNDARY = Pattern.compile("^[BP]:(\\d+)$");
    private static final Pattern COMPLETE = Pattern.compile("\\$RC\\(\"(B:\\d+)\",\"(S:\\d+)\"");
    private static final Pattern SEGMENT = Pattern.compile("\\$RS\\(\"(S:\\d+)\",\"(P:\\d+)\"");
    /** A fallback the placeholder shows meanwhile is short: a spinner's words, never a story. */
    private static final int MAX_FALLBACK = 40;
    private static final Set<String> FALLBACK_TAGS = Set.of("div", "span");

    private StreamedSegments() {}

    /** Moves every hidden streamed segment under {@code body} into its placeholder; a page without any is untouched. */
    static void place(Element body) {
        Map<String, Element> segments = new HashMap<>();
        for (Element s : body.select("div[hidden][id^=S:]")) segments.put(s.id(), s);
        if (segments.isEmpty()) return;
        Map<String, String> filledBy = scriptedPairs(body);
        for (Element t : body.select("template[id]")) {
            Matcher m = BOUNDARY.matcher(t.id());
            if (!m.matches()) continue;
            String segmentId = filledBy.getOrDefault(t.id(), "S:" + m.group(1));
            Element segment = segments.remove(segmentId);
            if (segment == null || segment.parent() == null || t.parent() == null) continue;
            dropFallback(t);
            List<Node> parts = new ArrayList<>(segment.childNodes());
            for (Node n : parts) t.before(n);
            t.remove();
            segment.remove();
        }
    }

    /** Placeholder id to segment id, as the page's inline scripts pair them. */
    private static Map<String, String> scriptedPairs(Element body) {
        Map<String, String> pairs = new HashMap<>();
        for (Element script : body.ownerDocument() == null ? body.select("script") : body.ownerDocument().select("script")) {
            String code = script.data();
            if (code.indexOf('$') < 0) continue;
            for (Matcher m = COMPLETE.matcher(code); m.find(); ) pairs.put(m.group(1), m.group(2));
            for (Matcher m = SEGMENT.matcher(code); m.find(); ) pairs.put(m.group(2), m.group(1));
        }
        return pairs;
    }

    /**
     * The fallback after a placeholder: everything up to the boundary's closing comment ({@code <!--/$-->}) when
     * the page kept its comments, else one short leaf {@code div} or {@code span} right after it (a page saved without comments).
     */
    private static void dropFallback(Element template) {
        List<Node> fallback = new ArrayList<>();
        for (Node n = template.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof Comment c && c.getData().equals("/$")) {
                for (Node f : fallback) f.remove();
                return;
            }
            fallback.add(n);
        }
        Element next = template.nextElementSibling();
        if (next != null && FALLBACK_TAGS.contains(next.normalName()) && next.children().isEmpty()
                && next.text().length() <= MAX_FALLBACK) {
            next.remove();
        }
    }
}
