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
 * The time an occasion story is on. A story whose lead tells an occasion marked at a time ("Seminars were held in
 * Peru and Chile from August 18 to 20 to mark the birthday of X", "Parties of several countries posted articles on
 * Feb. 6 and 7 on the anniversary of Y") goes on to tell, sentence by sentence, what was done at those occasions,
 * without naming the time again: "They included meetings in Laos and lectures in Mali. The chairman of the Lao
 * committee praised X at a seminar. A letter to X was adopted." Those acts are the occasions' own, done at the time
 * the lead gives, not on the day the story came out: a day, or the month of a span of days ("from August 18 to 20",
 * the convention of {@link DayRanges}), or a month the lead names.
 * <p>
 * A story is an occasion story when its lead names an occasion marked ({@code honouring-occasion-words}: "to mark",
 * "anniversary", "on the occasion of") and a time of the news (no later than the article's day, at most
 * {@link #NEWS_DAYS} before). A later sentence that names a time of the news of its own tells another happening and
 * ends the story's time; times long past or still ahead are told in passing and change nothing. Only an act told in
 * the past as done, left undated by its own sentence, takes the time: not a saying, nor an act someone reports
 * ("said rebels attacked the town"), whose dates are the speaker's occasion's
 * ({@link SpeechOccasions}). Unlike a visit story ({@link VisitDays}), whose days follow each other
 * and so are lost in a span, an occasion story's span is the one time of all its occasions. One per article, kept by
 * {@link ArticleContext}; {@link LastResortDates} asks it after {@link VisitDays}.
 */
final class OccasionStories {
    private static final Set<String> OCCASION_WORDS = EventWords.get("honouring-occasion-words");
    private static final Set<String> SAYING = EventWords.union("reporting-verbs", "saying-verbs");
    /** Relations under which a clause is what someone reports, not what the story tells as done. */
    private static final String[] REPORTED = {"ccomp", "parataxis"};
    /** How far back a time may lie and still be the time of the occasions the story reports. */
    private static final int NEWS_DAYS = 31;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d\\d");

    private final LocalDate published;
    private final String body;
    private boolean occasionStory;
    private boolean leadRead;
    /** The time the story is on (a TimeML day or month value), or null when it is on none. */
    private String time;
    /** Whether the sentence being coded names a time of the news of its own. */
    private boolean ownTime;

    /**
     * @param published the article's day, or null (then no time is carried)
     * @param body      the article's body: what joins two days into a span
     */
    OccasionStories(LocalDate published, String body) {
        this.published = published;
        this.body = body;
    }

    /** Opens sentence s: the lead decides whether the story is one of occasions; a time s names becomes the story's. */
    void enter(Sentence s, List<TimeExpression> timexes) {
        if (!leadRead) {
            leadRead = true;
            occasionStory = published != null && namesOccasion(s);
        }
        if (!occasionStory) return;
        String named = timeOfTheNews(s, timexes);
        ownTime = named != null;
        // the lead's time is the occasions'; a time a later sentence names is of another happening, and ends the story's
        // (no later sentence sets one: a story whose lead names none stays on none)
        if (s.index() == 0) time = named;
        else if (ownTime) time = null;
    }

    /** Gives an act left undated the time the occasion story is on, when it is told in the past in a sentence naming no time. */
    void carry(Draft d, Clause c, Set<Integer> words) {
        if (!occasionStory || time == null || ownTime || !EventStatus.OCCURRED.equals(d.status)) return;
        // a speaker's words are dated by who said them where (SpeechOccasions), not here
        if (words.stream().anyMatch(w -> SAYING.contains(c.lemma(w)) || reported(c, w))) return;
        if (words.stream().anyMatch(w -> VisitDays.toldInThePast(c, w))) ClauseTimes.set(d, time, null);
    }

    /** Whether word w lies in what a clause above it reports ("said rebels attacked the town"). */
    private static boolean reported(Clause c, int w) {
        for (int n = w, guard = 0; n >= 0 && guard < c.size(); n = c.head(n), guard++) {
            if (c.relIs(n, REPORTED)) return true;
        }
        return false;
    }

    /** The last time of the news sentence s names (a span of days as its month), or null when it names none. */
    private String timeOfTheNews(Sentence s, List<TimeExpression> timexes) {
        String named = null;
        for (TimeExpression t : timexes) {
            if (t.start() < s.start() || t.end() > s.end()) continue;
            String v = Circumstances.dateValue(t);
            if (v == null) continue;
            String span = DayRanges.valueOf(t, timexes, body); // "from August 18 to 20": the month
            if (span != null) v = span;
            LocalDate day = ClauseTimes.day(v);
            if (day != null ? ofTheNews(day) : monthOfTheNews(v)) named = v;
        }
        return named;
    }

    private boolean ofTheNews(LocalDate d) {
        return !d.isAfter(published) && !d.isBefore(published.minusDays(NEWS_DAYS));
    }

    /** A month value ("2011-08") of the days of the news. */
    private boolean monthOfTheNews(String v) {
        if (!MONTH.matcher(v).matches()) return false;
        YearMonth m = YearMonth.parse(v);
        return !m.atDay(1).isAfter(published) && !m.atEndOfMonth().isBefore(published.minusDays(NEWS_DAYS));
    }

    /** Whether the lead names an occasion marked; a name is no such word ("Mark Regev" marks nothing). */
    private static boolean namesOccasion(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.pos() != null && t.pos().startsWith("NNP")) continue;
            String lemma = t.lemma() == null ? t.word() : t.lemma();
            if (OCCASION_WORDS.contains(lemma.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }
}
