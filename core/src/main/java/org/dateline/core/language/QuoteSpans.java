package org.dateline.core.language;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the direct quotations are: ranges of the body between double quotation marks, straight or curly. Single
 * quotation marks never open a quotation, so a quote inside a quote stays inside the outer one. A quotation that
 * runs over paragraphs follows the English convention: no closing mark at the end of a paragraph when the next one
 * opens with a quotation mark.
 */
public final class QuoteSpans {
    private QuoteSpans() {}

    /** Content ranges {start, end} (the marks themselves excluded), in order. */
    public static List<int[]> find(String body) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = body.length();
        while (i < n) {
            if (!opens(body, i)) {
                i++;
                continue;
            }
            int start = i + 1;
            int j = start;
            int end = -1;
            while (j < n) {
                char d = body.charAt(j);
                if (d == '\n' && j + 1 < n && body.charAt(j + 1) == '\n') {
                    int k = j;
                    while (k < n && Character.isWhitespace(body.charAt(k))) k++;
                    if (k < n && opens(body, k)) {   // the quotation goes on in the next paragraph
                        j = k + 1;
                        continue;
                    }
                    end = j;                          // unbalanced: stop at the paragraph's end
                    break;
                }
                if (d == '”' || (d == '"' && closes(body, j))) {
                    end = j;
                    break;
                }
                j++;
            }
            if (end < 0) end = n;
            if (end > start) out.add(new int[] {start, end});
            i = end + 1;
        }
        return out;
    }

    private static boolean opens(String s, int i) {
        char c = s.charAt(i);
        if (c == '“') return true;
        if (c != '"') return false;
        char before = i == 0 ? ' ' : s.charAt(i - 1);
        char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        return (Character.isWhitespace(before) || "([{—-:".indexOf(before) >= 0) && !Character.isWhitespace(after);
    }

    private static boolean closes(String s, int i) {
        char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        return !Character.isLetterOrDigit(after);
    }
}
