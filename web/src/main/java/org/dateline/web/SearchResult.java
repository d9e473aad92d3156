package org.dateline.web;

import java.util.ArrayList;
import java.util.List;

import org.dateline.store.SearchHit;

/**
 * A search hit whose snippet is cut into plain and matched parts, so the page can mark matches while putting
 * every character in as text: no markup ever travels inside article text.
 */
public record SearchResult(String id, String headline, String publicationDate, double score, List<Part> snippet) {
    /** Marks the store puts around matched terms: private-use characters no article contains. */
    static final String OPEN = "\uE000";
    static final String CLOSE = "\uE001";

    /** A stretch of the snippet; {@code match} when it is a matched term. */
    public record Part(String text, boolean match) {}

    static SearchResult of(SearchHit hit) {
        return new SearchResult(hit.id(), hit.headline(), hit.publicationDate(), hit.score(), parts(hit.snippet()));
    }

    static List<Part> parts(String marked) {
        List<Part> out = new ArrayList<>();
        if (marked == null) return out;
        int i = 0;
        while (i < marked.length()) {
            int open = marked.indexOf(OPEN, i);
            if (open < 0) {
                out.add(new Part(strip(marked.substring(i)), false));
                break;
            }
            if (open > i) out.add(new Part(strip(marked.substring(i, open)), false));
            int close = marked.indexOf(CLOSE, open + 1);
            if (close < 0) close = marked.length();
            out.add(new Part(strip(marked.substring(open + 1, close)), true));
            i = close + 1;
        }
        out.removeIf(p -> p.text().isEmpty());
        return out;
    }

    private static String strip(String s) {
        return s.replace(OPEN, "").replace(CLOSE, "");
    }
}
