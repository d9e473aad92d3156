package org.dateline.core.event;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;
import org.dateline.model.EventStatus;
import org.dateline.model.TimeExpression;

/**
 * The day a visit story is on. A story of a visit tells the visitors' days in order, each day once, and then what
 * was done that day without naming it again: "The delegation arrived in Hanoi on Monday. It was greeted by the
 * minister. It laid a wreath at the mausoleum. On Tuesday the delegation visited a factory. The director presented it
 * with a gift." The greeting and the wreath are Monday's, the gift Tuesday's, whatever the story says in between (a
 * saying, a list of who was present, a sentence about the place's history): wire copy of visits changes the day only
 * by naming another.
 * <p>
 * A story is a visit story when its headline or lead names a visit, a tour or an arrival ({@code visit-story-words}).
 * The day it is on is the last day of the news (no later than the article's, at most {@link #NEWS_DAYS} before) that a
 * sentence names; a sentence naming a span of days or a whole month of the news ("on August 23 and 24", "in August")
 * leaves the story on no single day, so what follows stays undated by this rule. Dates of other times (a year long
 * past, a day still ahead) are told in passing and leave the day as it was. Only an act told in the past and left
 * undated by its own sentence, which names no calendar time, takes the day. One per article, kept by
 * {@link ArticleContext}; {@link LastResortDates} asks it last.
 */
final class VisitDays {
    private static final Set<String> VISIT_WORDS = EventWords.get("visit-story-words");
    private static final Set<String> PAST_AUXILIARIES = EventWords.get("past-passive-auxiliaries");
    /** How far back a day may lie and still be a day of the visit the story tells. */
    private static final int NEWS_DAYS = 31;
    /** How far an event's word may climb to the verb whose tense tells when it was done. */
    private static final int MAX_CLIMB = 4;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d\\d");

    private static final int MONTH_LENGTH = "2011-08".length();

    private final LocalDate published;
    private final String body;
    private final boolean visitHeadline;
    private boolean visitStory;
    /** The day the story is on, a TimeML day value, or null when it is on none (yet). */
    private String day;
    /** Whether the sentence being coded names a calendar time of the news of its own. */
    private boolean ownTime;
    private Sentence open;

    /**
     * @param published the article's day, or null (then no day is carried)
     * @param headline  the article's headline, or null
     * @param body      the article's body: what joins two days into a span
     */
    VisitDays(LocalDate published, String headline, String body) {
        this.published = published;
        this.body = body;
        this.visitHeadline = headline != null && namesVisit(List.of(headline.toLowerCase(Locale.ROOT).split("[^a-z]+")));
    }

    /** Opens sentence s: first reads the day the sentence before named, then whether s names a time of the news. */
    void enter(Sentence s, List<TimeExpression> timexes) {
        if (open == null) visitStory = published != null && (visitHeadline || namesVisit(lemmas(s)));
        else if (visitStory) day = dayAfter(open, timexes, day);
        open = s;
        ownTime = visitStory && namesTimeOfTheNews(s, timexes); // a story of no day of its own is read no further
    }

    /** Gives an act left undated the day the visit story is on, when it is told in the past and its sentence names no time. */
    void carry(Draft d, Clause c, Set<Integer> words) {
        if (!visitStory || day == null || ownTime || d.status != EventStatus.OCCURRED) return;
        if (words.stream().anyMatch(w -> toldInThePast(c, w))) ClauseTimes.set(d, day, null);
    }

    /**
     * The day the story is on after sentence s, starting from {@code current}: the last day of the news s names, null
     * after a span or a month of the news, {@code current} when s names no time of the news.
     */
    private String dayAfter(Sentence s, List<TimeExpression> timexes, String current) {
        String after = current;
        for (TimeExpression t : timexes) {
            String v = inSentence(t, s) ? Circumstances.dateValue(t) : null;
            if (v == null) continue;
            if (DayRanges.valueOf(t, timexes, body) != null) v = v.substring(0, MONTH_LENGTH); // "on May 8 and 9"
            LocalDate d = ClauseTimes.day(v);
            if (d != null && ofTheNews(d)) after = v;
            else if (d == null && monthOfTheNews(v)) after = null; // "on August 23 and 24", "in August": no one day
        }
        return after;
    }

    /** Whether sentence s names a day or a month of the news. */
    private boolean namesTimeOfTheNews(Sentence s, List<TimeExpression> timexes) {
        for (TimeExpression t : timexes) {
            String v = inSentence(t, s) ? Circumstances.dateValue(t) : null;
            if (v != null && DayRanges.valueOf(t, timexes, body) != null) v = v.substring(0, MONTH_LENGTH);
            LocalDate d = ClauseTimes.day(v);
            if (d != null ? ofTheNews(d) : monthOfTheNews(v)) return true;
        }
        return false;
    }

    private static boolean inSentence(TimeExpression t, Sentence s) {
        return t.start() >= s.start() && t.end() <= s.end();
    }

    private boolean ofTheNews(LocalDate d) {
        return !d.isAfter(published) && !d.isBefore(published.minusDays(NEWS_DAYS));
    }

    /** A month value ("2011-08") of the days of the news. */
    private boolean monthOfTheNews(String v) {
        if (v == null || !MONTH.matcher(v).matches()) return false;
        YearMonth m = YearMonth.parse(v);
        return !m.atDay(1).isAfter(published) && !m.atEndOfMonth().isBefore(published.minusDays(NEWS_DAYS));
    }

    /**
     * Whether word w tells an act done: it is, or hangs below, a verb in the past tense or a past passive ("was
     * presented with a gift", "gave a luncheon", "Highly praising ..., he expressed"), reached before any verb in the
     * present, the future or a modal.
     */
    static boolean toldInThePast(Clause c, int w) {
        for (int n = w, hop = 0; n >= 0 && hop <= MAX_CLIMB; n = c.head(n), hop++) {
            String pos = c.pos(n);
            if (pos.equals("VBD")) return true;
            if (pos.equals("VBN")) {
                for (int a : c.childrenExact(n, "aux:pass")) if (PAST_AUXILIARIES.contains(c.lower(a))) return true;
                if (!c.childrenExact(n, "aux").isEmpty()) return false; // "has visited", "will be given"
            } else if (pos.startsWith("VB") && !pos.equals("VBG") || pos.equals("MD")) {
                return false;
            }
        }
        return false;
    }

    private static boolean namesVisit(List<String> words) {
        for (String w : words) if (VISIT_WORDS.contains(w)) return true;
        return false;
    }

    private static List<String> lemmas(Sentence s) {
        return s.tokens().stream().map(Token::lemma).filter(java.util.Objects::nonNull)
                .map(l -> l.toLowerCase(Locale.ROOT)).toList();
    }
}
