package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * A "By X" line just below the headline, in no element marked as a byline ("Photos and Story By Jane Doe" in a
 * plain div): pages without structured authors often credit the writer there, before the story begins.
 */
final class BylineNearHeadline {
    /** "By", "Story by", "Photos and story by", "Words by": the credit's opening, up to the names. */
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^(?:(?:story|photos?|words|text|reporting|written)\\s+(?:(?:and|&)\\s+)?)*by[:\\s]+(?=\\p{Lu})");
    /** Elements after the headline looked at: the credit sits among the first few, before the story. */
    private static final int LOOK_AHEAD = 60;
    private static final int MAX_LENGTH = 80;

    private BylineNearHeadline() {}

    /** The names part of the first short "By ..." text (an element's own lines first, so that a role on the next line stays out) after the first h1, as a one-item list; empty when none. */
    static List<String> of(Document doc) {
        Element h1 = doc.selectFirst("h1");
        if (h1 == null) return List.of();
        Elements all = doc.getAllElements();
        int start = all.indexOf(h1);
        int end = Math.min(all.size(), start + 1 + h1.getAllElements().size() + LOOK_AHEAD);
        for (int i = start + h1.getAllElements().size(); i < end; i++) {
            Element e = all.get(i);
            if (!e.hasText() || e.ownText().isBlank()) continue;
            List<String> texts = new ArrayList<>();
            for (TextNode t : e.textNodes()) texts.add(t.text().strip());
            texts.add(e.text().strip());
            for (String text : texts) {
                Matcher m = CREDIT.matcher(text);
                if (m.lookingAt() && text.length() <= MAX_LENGTH) return List.of(text.substring(m.end()));
            }
        }
        return List.of();
    }
}
