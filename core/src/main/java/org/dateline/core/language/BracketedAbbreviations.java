package org.dateline.core.language;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period that closes a one-word bracket ends an abbreviation, never a sentence: "Sen. Thom Tillis
 * (R-N.C.), a member of the leadership team, called ...", "Rep. Joe Manchin (D-W.Va.) said ...", "Col. Ann Reyes
 * (Ret.) told ...". The splitter does not know the party-and-state labels of American politics or other abbreviations
 * glued to a hyphen, and takes their last period with the bracket after it for a sentence end, which cuts the speaker
 * off from what he said. Inside a bracket that holds no blank, a period right before the closing bracket is blanked
 * before sentences are split; the text keeps its length, so every offset still points into the article's body.
 */
final class BracketedAbbreviations {
    /** An opening bracket, a word of up to 15 characters with no blank that ends in a period, the closing bracket. */
    private static final Pattern BRACKETED = Pattern.compile("\\((\\p{L}[^\\s()]{0,14})\\.\\)");

    private BracketedAbbreviations() {}

    /** The text with the period of each one-word bracketed abbreviation turned into a blank; the same text when none. */
    static String blanked(String text) {
        Matcher m = BRACKETED.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            if (out == null) out = new StringBuilder(text);
            out.setCharAt(m.end(1), ' ');
        }
        return out == null ? text : out.toString();
    }
}
