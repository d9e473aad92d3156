package org.dateline.core.read.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a page's text speaks as. A story is told about others: its "we" sits inside the quotations of the people it
 * reports. A business or body presenting its services speaks for itself ("we help", "our team", "contact us") under
 * a row of short headings ("Cakes made to order", "Why choose us"). Both together, on a page that names no writer,
 * are a service or landing page, whatever its structured data claims (site plugins call every page an Article).
 */
final class Voice {
    private static final Set<String> OURS = HtmlWords.get("first-person-plural");
    private static final Pattern QUOTED = Pattern.compile("\u201c[^\u201d]*\u201d|\"[^\"]*\"");
    private static final Pattern WORD_EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}'\u2019]+$");
    /** A line that ends as a sentence or a quotation ends: no heading. */
    private static final Pattern SENTENCE_CLOSE = Pattern.compile(".*[.?!:\"\u201d]$");
    /** Share of the words outside quotations that are "we", "our", "us": in stories far below one in a hundred. */
    static final double MIN_OURS = 0.016;
    /** Share of the lines that are short headings (twelve words or fewer, no closing stop). */
    static final double MIN_HEADINGS = 0.3;
    private static final int MAX_HEADING_WORDS = 12;

    private Voice() {}

    /** True when the text speaks as a business or body to its readers, under a row of short headings. */
    static boolean ofItsOwner(List<String> paragraphs) {
        if (paragraphs.isEmpty()) return false;
        // the headings first: counting them is cheap, and most texts have too few to ask about their words
        return headingShare(paragraphs) >= MIN_HEADINGS && oursShare(paragraphs) >= MIN_OURS;
    }

    static double oursShare(List<String> paragraphs) {
        int words = 0, ours = 0;
        for (String p : paragraphs) {
            for (String w : Spaces.split(QUOTED.matcher(p).replaceAll(" "))) {
                if (w.isEmpty()) continue;
                words++;
                String bare = WORD_EDGES.matcher(w).replaceAll("").replace('\u2019', '\'');
                if (bare.equals("US")) continue;   // the country
                if (OURS.contains(bare.toLowerCase(Locale.ROOT))) ours++;
            }
        }
        return words == 0 ? 0 : (double) ours / words;
    }

    static double headingShare(List<String> paragraphs) {
        int headings = 0;
        for (String p : paragraphs) {
            String s = p.strip();
            if (Spaces.split(s).length <= MAX_HEADING_WORDS && !SENTENCE_CLOSE.matcher(s).matches()) headings++;
        }
        return (double) headings / paragraphs.size();
    }
}
