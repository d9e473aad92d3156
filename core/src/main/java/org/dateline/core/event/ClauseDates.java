package org.dateline.core.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.model.TimeExpression;

/**
 * Dates the events of one clause from its time expressions, trying one construction after another; the first to date
 * an event wins. Each calendar expression first goes to the event whose words its attachment climbs to
 * ({@link AttachedDates}). An event left undated may then take the date of a word it is linked to
 * ({@link LinkedDates}: "the same day", a document's participle, a reported intention, coordination, "when"), the day
 * of the journey it is the purpose of ({@link JourneyDates}), the day a stated distance away from another moment
 * ({@link DistanceDates}: "a day after she hosted them"), the year an anniversary counts back to, and last the day it
 * refers to elsewhere in the story or none at all ({@link LastResortDates}). The order matters and is kept here.
 */
final class ClauseDates {
    private final ClauseTimes times;
    private final Clause c;
    private final LocalDate published;
    private final ArticleContext ctx;

    /**
     * @param ctx the article: its text (what joins two dates), its day (what an anniversary counts back from) and the
     *            sentence before this one (the moment a distance is counted from may be its day)
     */
    ClauseDates(Clause c, Circumstances circ, List<TimeExpression> timexes, ArticleContext ctx) {
        this.times = new ClauseTimes(c, circ, timexes, ctx);
        this.c = c;
        this.published = ctx.article.publicationDay().orElse(null);
        this.ctx = ctx;
    }

    /**
     * The drafts of a construction coded outside {@link ClauseCoder} (reported praise, a publication, a paper's
     * commentary), dated as the clause coder dates its own: each with its own words, none folded into another.
     */
    static List<Draft> dated(Clause c, ArticleContext ctx, List<TimeExpression> timexes, Map<Draft, Set<Integer>> anchorsOf) {
        if (!anchorsOf.isEmpty()) new ClauseDates(c, new Circumstances(c, ctx), timexes, ctx).assign(anchorsOf, new HashSet<>());
        return new ArrayList<>(anchorsOf.keySet());
    }

    /**
     * @param anchorsOf  each draft with its own words (trigger, light verb)
     * @param innerWords words of events folded into a wrapper: a date reached through them is theirs
     */
    void assign(Map<Draft, Set<Integer>> anchorsOf, Set<Integer> innerWords) {
        new AttachedDates(times).assign(anchorsOf, innerWords);
        LinkedDates linked = new LinkedDates(times);
        JourneyDates journeys = new JourneyDates(times);
        linked.sameDayConjuncts(anchorsOf);
        linked.participles(anchorsOf);
        linked.documentContents(anchorsOf);
        journeys.journeys(anchorsOf);
        new DistanceDates(times).assign(anchorsOf);
        linked.sayings(anchorsOf);
        linked.coordinated(anchorsOf);
        linked.whenClauses(anchorsOf);
        linked.participleAdjuncts(anchorsOf);
        linked.relativeClauses(anchorsOf);
        anniversaryDates(anchorsOf);
        LastResortDates lastResorts = new LastResortDates(times, new PastCues(c), ctx);
        anchorsOf.forEach((d, words) -> { if (d.date == null) lastResorts.date(d, words); });
        journeys.purposes(anchorsOf);
    }

    /** "the 25th anniversary of the visit": the visit took place that many years before the article's year. */
    private void anniversaryDates(Map<Draft, Set<Integer>> anchorsOf) {
        Anniversaries anniversaries = new Anniversaries(c);
        for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
            Draft d = e.getKey();
            for (int a : e.getValue()) {
                int years = d.date == null ? anniversaries.yearsBefore(a) : Anniversaries.NONE;
                if (years == Anniversaries.NONE) continue;
                d.background = Background.ANNIVERSARY; // the occasion's act is the event (question 126)
                if (years == Anniversaries.UNCOUNTED || published == null) d.undatedPast = true;
                else ClauseTimes.set(d, String.valueOf(published.getYear() - years), null);
            }
        }
    }
}
