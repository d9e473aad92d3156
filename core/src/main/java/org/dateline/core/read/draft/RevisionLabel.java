package org.dateline.core.read.draft;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire revision labels at the start of a headline: "(LEAD)", "(2nd LD)", "(URGENT)", "(3rd LD, ...)",
 * "UPDATE 2-", "REFILE-", "CORRECTED-". They mark a re-filed version of a story, not part of its title.
 */
public final class RevisionLabel {
    private static final Pattern LABEL = Pattern.compile(
            "^\\s*(\\((?:LEAD|URGENT|\\d+(?:st|nd|rd|th) LD|News Focus|Yonhap Interview|EDITORIAL|FLASH)[^)]{0,40}\\)"
            + "|(?:UPDATE\\s*\\d*|REFILE|CORRECTED|RPT|WRAPUP\\s*\\d*|EXCLUSIVE|BREAKINGVIEWS)\\s*[-:\u2013])\\s*",
            Pattern.CASE_INSENSITIVE);

    /** A headline split into its revision label (or null) and the rest. */
    public record Split(String label, String rest) {}

    private RevisionLabel() {}

    public static Split split(String headline) {
        if (headline == null) return new Split(null, null);
        String rest = headline.strip();
        String label = null;
        Matcher m = LABEL.matcher(rest);
        while (m.lookingAt()) {  // "(LEAD)(URGENT) ..." carries two
            String l = m.group(1).replaceAll("\\s*[-:\u2013]$", "").strip();
            label = label == null ? l : label + " " + l;
            rest = rest.substring(m.end());
            m = LABEL.matcher(rest);
        }
        return new Split(label, rest.strip());
    }
}
