package org.dateline.core.event;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.dateline.core.language.Sentence;
import org.dateline.model.DateModifier;
import org.dateline.model.TimeExpression;

/**
 * The time expressions one clause can be dated by, and how a date is given to an event. Every way of dating a clause's
 * events ({@link AttachedDates}, {@link LinkedDates}, {@link JourneyDates}, {@link DistanceDates},
 * {@link LastResortDates}) asks the same questions of it: which calendar expression hangs on this word, what single
 * day the sentence before names, where a range begins. They are answered here once, so that each of those classes
 * holds only its own construction of English.
 */
final class ClauseTimes {
    private static final Set<String> RANGE_DASHES = EventWords.get("range-dashes");

    final Clause c;
    final Circumstances circ;
    final List<TimeExpression> timexes;
    /** The sentence before this one, or null: the moment a distance or a look-back is counted from may be its day. */
    final Sentence before;
    private final String body;

    ClauseTimes(Clause c, Circumstances circ, List<TimeExpression> timexes, ArticleContext ctx) {
        this.c = c;
        this.circ = circ;
        this.timexes = timexes;
        this.before = ctx.sentenceBefore;
        this.body = ctx.article.body();
    }

    /** The day a TimeML value names, or null for a partial or yearless value. */
    static LocalDate day(String value) {
        if (value == null || value.length() != 10 || value.startsWith("X")) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The date a time expression gives: the start of a range it ends ("June 1950-July 1953" is dated June 1950); the
     * month of a span of days it opens ("from August 20 to 27" is dated August, see {@link DayRanges}).
     */
    void set(Draft d, TimeExpression t) {
        set(d, rangeStart(t), timexes, body);
    }

    /** The date expression {@code from} gives, or the month or year of the span of days it opens in the body. */
    static void set(Draft d, TimeExpression from, List<TimeExpression> timexes, String body) {
        String span = DayRanges.valueOf(from, timexes, body);
        if (span != null) set(d, span, null);
        else set(d, Circumstances.dateValue(from), Circumstances.dateMod(from));
    }

    static void set(Draft d, String value, DateModifier mod) {
        d.date = value;
        d.dateMod = mod;
        d.dateFromClause = true;
    }

    /** The first date of a range this expression ends ("July 1953" of "June 1950-July 1953"), else itself. */
    TimeExpression rangeStart(TimeExpression t) {
        for (TimeExpression s : timexes) {
            if (s == t || !Circumstances.dates(s) || s.end() > t.start() || t.start() - s.end() > 4) continue;
            if (RANGE_DASHES.contains(body.substring(s.end(), t.start()).strip())) return s;
        }
        return t;
    }

    /** Any time expression of this sentence, durations included. */
    boolean inSpan(TimeExpression t) {
        return t.start() >= c.sentence.start() && t.end() <= c.sentence.end();
    }

    /** A calendar time expression of this sentence. */
    boolean inSentence(TimeExpression t) {
        return Circumstances.dates(t) && inSpan(t);
    }

    /** A calendar time expression of the sentence before this one. */
    boolean inSentenceBefore(TimeExpression t) {
        return Circumstances.dates(t) && t.start() >= before.start() && t.end() <= before.end();
    }

    /** The calendar time expression attached directly to a word of this sentence, or null. */
    TimeExpression dateOfWord(int w) {
        for (TimeExpression t : timexes) {
            if (!inSentence(t)) continue;
            int h = circ.headOf(t);
            if (h >= 0 && c.head(h) == w) return t;
        }
        return null;
    }

    /**
     * A calendar date hanging below word w through nominals only, at most {@code maxHops} words up from the date's head
     * ("held a press conference before the building in Seoul on Feb. 15": the date under "Seoul" under "held"); a verb
     * on the way ends the climb, so a date of another clause is not w's. Null when none.
     */
    TimeExpression dateBelow(int w, int maxHops) {
        for (TimeExpression t : timexes) {
            if (!inSentence(t)) continue;
            int h = circ.headOf(t);
            for (int n = h < 0 ? -1 : c.head(h), hop = 0; n >= 0 && hop < maxHops; n = c.head(n), hop++) {
                if (n == w) return t;
                if (c.pos(n).startsWith("VB")) break;
            }
        }
        return null;
    }

    /** The calendar time expression of this sentence whose head word is {@code h}, or null. */
    TimeExpression timexHeadedBy(int h) {
        for (TimeExpression t : timexes) if (inSentence(t) && circ.headOf(t) == h) return t;
        return null;
    }

    /** The one calendar date the sentence before gives, or null when it gives none or several. */
    String dateOfSentenceBefore() {
        if (before == null) return null;
        String only = null;
        for (TimeExpression t : timexes) {
            if (!inSentenceBefore(t)) continue;
            String v = Circumstances.dateValue(rangeStart(t));
            if (only != null && !only.equals(v)) return null;
            only = v;
        }
        return only;
    }

    /** The token right after a time expression, -1 when it ends the sentence. */
    int tokenAfter(TimeExpression t) {
        for (int i = 0; i < c.size(); i++) if (c.tokens.get(i).start() >= t.end()) return i;
        return -1;
    }
}
