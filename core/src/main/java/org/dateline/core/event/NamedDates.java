package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.model.TimeExpression;

/**
 * Calendar expressions that are part of a name, not a time: "a circle for the study of the February 16 Art", "the
 * April 25 Idea", "the June 15 Joint Declaration". Bodies, documents and days of remembrance are named after a date,
 * and the time stage rightly resolves the date, but an event of the sentence did not happen on it: the head of that
 * circle praising someone at a lecture is news of the article's days. Such a date opens with "the" or "of" (a
 * determiner or the preposition of a name, where a time of the clause would open with "on", "in", "since" or nothing)
 * and runs straight into a capitalised word of the same phrase; a date the text ends before a comma, a verb or a
 * lower-case noun ("the talks of February 16 failed", "the February 16 meeting") keeps dating.
 */
final class NamedDates {
    private static final Set<String> OPENERS = EventWords.get("name-date-openers");

    private NamedDates() {}

    /** The expressions that may date this article's events: those that are part of a name left out. */
    static List<TimeExpression> withoutNames(List<TimeExpression> timexes, String body) {
        List<TimeExpression> out = new ArrayList<>(timexes.size());
        for (TimeExpression t : timexes) if (!partOfName(t, body)) out.add(t);
        return out;
    }

    static boolean partOfName(TimeExpression t, String body) {
        if (t.start() < 0 || t.end() > body.length() || t.start() >= t.end()) return false;
        return OPENERS.contains(wordBefore(body, t.start()).toLowerCase(Locale.ROOT)) && capitalisedNext(body, t.end());
    }

    private static String wordBefore(String body, int at) {
        int e = at;
        while (e > 0 && body.charAt(e - 1) == ' ') e--;
        if (e == at) return ""; // "of" glued to the date is no word of its own
        int s = e;
        while (s > 0 && Character.isLetter(body.charAt(s - 1))) s--;
        return body.substring(s, e);
    }

    /** The expression is followed, after one space, by a word with a capital: the rest of the name. */
    private static boolean capitalisedNext(String body, int at) {
        return at + 1 < body.length() && body.charAt(at) == ' ' && Character.isUpperCase(body.charAt(at + 1));
    }
}
