package org.dateline.core.connect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.model.Entity;

/**
 * Whether the text gives a person a role at one mention: the role phrase stands right before the name, as a title
 * ("Foreign Minister Pak Ui Chun"), or right after it, as an apposition ("Lena Ostrova, chairwoman of the union").
 *
 * <p>The language layer spreads a role over every mention of the person in the article (so that "he" is coded as the
 * minister), and fills it from a dictionary's usual role when the text gives none. Both are right for coding events
 * and wrong for a profile, whose roles say how the text called the person and when: a dictionary's "North Korean
 * leader" in stories that never write it, or the chairman's title the next name in a list of mourners carried.
 * Between the name and the role only commas, blanks and {@code role-links} words ("the", "who is") may stand, and
 * no comma before the name. A plural ("officials") names the many the person is one of, no role.
 */
final class RoleEvidence {
    private static final Set<String> LINKS = ConnectWords.get("role-links");
    /** Characters of the text read on either side of a mention, beyond the role's own length. */
    private static final int SLACK = 24;

    private RoleEvidence() {}

    /**
     * True when {@code role} is written next to {@code mention} in {@code body}, as a title or an apposition. A mention
     * the body does not hold at its offsets (a record built by hand, a body since cleaned) gives no text to read: its
     * role stands as the language layer gave it.
     */
    static boolean attached(String body, Entity mention, String role) {
        if (role == null || role.isBlank()) return false;
        if (body == null || mention.end() > body.length() || mention.start() < 0
                || !body.regionMatches(mention.start(), mention.text(), 0, mention.text().length())) return true;
        String phrase = Pattern.quote(role.strip()).replaceAll("\\s+", "\\\\E\\\\s+\\\\Q");
        int width = role.length() + SLACK;
        Pattern p = Pattern.compile(phrase, Pattern.CASE_INSENSITIVE);
        String before = body.substring(Math.max(0, mention.start() - width), mention.start());
        if (isPlural(role)) return false;
        // a title stands right before the name; one set off by a comma is the apposition of the name before it, in a
        // list ("Ana Velis, Peruvian ambassador, Ole Dahl")
        for (Matcher m = p.matcher(before); m.find(); ) {
            String between = before.substring(m.end());
            if (!between.contains(",") && onlyLinks(between)) return true;
        }
        String after = body.substring(mention.end(), Math.min(body.length(), mention.end() + width));
        Matcher n = p.matcher(after);
        return n.find() && onlyLinks(after.substring(0, n.start()));
    }

    /**
     * True when a role's head, its last word before any "of", is a plural common noun ("officials of ministries", "senior
     * party and state officials"): the many people the name is one of, no role of his own.
     */
    static boolean isPlural(String role) {
        String[] words = role.strip().split("(?i)\\s+of\\s+", 2)[0].split("\\s+");
        String head = words[words.length - 1];
        return head.equals(head.toLowerCase(Locale.ROOT)) && head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us");
    }

    /** True when the text between a name and a role is only blanks, commas and linking words. */
    static boolean onlyLinks(String between) {
        for (String w : between.split("[\\s,]+")) {
            if (!w.isEmpty() && !LINKS.contains(w.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }
}
