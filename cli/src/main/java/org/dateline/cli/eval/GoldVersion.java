package org.dateline.cli.eval;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tells whether a gold record describes the stored page or another version of it (the story was edited, retitled
 * or re-dated after the gold was written): the gold title must appear somewhere in the page (text, meta or
 * structured data) and nine in ten of the gold body's words must be found in it. Pages that fail are scored apart,
 * so that a reader is neither blamed nor tuned for text the page does not hold.
 */
final class GoldVersion {
    private static final double MIN_BODY_RECALL = 0.9;

    private GoldVersion() {}

    static boolean differs(GoldPage g, String html) {
        if (g.title() == null && g.body() == null) return false;
        Document doc = Jsoup.parse(html);
        StringBuilder all = new StringBuilder(doc.text());
        for (Element m : doc.select("meta[content]")) all.append(' ').append(m.attr("content"));
        for (Element s : doc.select("script[type~=(?i)ld\\+json]")) all.append(' ').append(s.data());
        String haystack = ExtractionEvalCommand.normTitle(all.toString());
        if (g.title() != null && !g.title().isBlank()
                && !haystack.contains(ExtractionEvalCommand.normTitle(g.title()))) {
            return true;
        }
        if (g.body() == null || g.body().isBlank()) return false;
        double recall = ExtractionEvalCommand.bagOfWords(ExtractionEvalCommand.normTitle(g.body()), haystack)[1];
        return recall < MIN_BODY_RECALL;
    }
}
