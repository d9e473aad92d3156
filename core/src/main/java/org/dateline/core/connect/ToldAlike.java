package org.dateline.core.connect;

import java.util.function.Predicate;

/**
 * Whether a report tells its event as a story's reports do: the clause-level evidence {@link EventMerger} reads
 * before it weighs the words, each kind of it kept by a class of its own.
 *
 * <p>A report joins a story when it tells its event as the story's first report does ({@link Tellings}) and gives no
 * count that differs from a count of the same thing in any of the story's reports ({@link Quantities}), nor names a
 * different thing sent or a different occasion of it ({@link Tokens}: a wreath beside a message), nor other states
 * for what the participants did ({@link ClauseStates}: a greeting to Laos beside one to Romania), nor a statement
 * about something else ({@link StatementSubjects}: two commentaries of one party on one day), nor a departure on
 * another named day ({@link Departures#onOtherDays}: two trips of one delegation), nor, undated, another day in its
 * own sentence ({@link StatedDays}: the statement of another branch "on July 20"), nor a described participant of
 * another state ({@link DescribedStates}: the Iranian and the Chinese "delegation"), nor the title of another work
 * ({@link WorkTitles}: two articles a committee posted on one day), nor another numbered occasion
 * ({@link OrdinalOccasions}: a bulletin for the 67th birthday beside a library for the 86th anniversary), nor the
 * other side of an exchange ({@link GivingSides}: messages received beside messages sent in reply), nor a past its
 * own clause recalls beside news, as against any report of the story ({@link RecalledPast}: "in 2001 he visited
 * Moscow" beside this week's visit), nor another occasion of one stay ({@link SiteVisits}: the delegation's
 * arrival beside its visit to a site, two sites visited), nor another kind of occasion held ({@link HeldOccasions}: an
 * exhibition beside a meeting), nor another kind of work posted ({@link PostedWorks}: a leader's work beside an
 * article). A habit or occasions summed up
 * without a count ({@link Telling#UNCOUNTED}) join no story, not even in the same words: a yearly funding or a
 * commentary's demand filed again is still no happening. Counted occasions ("four visits since May") may be summed
 * up alike by two stories. Not thread-safe, like the merger that
 * owns it.
 */
final class ToldAlike {
    private final Tellings tellings;
    private final Quantities quantities = new Quantities();
    private final Tokens tokens;
    private final ClauseStates states = new ClauseStates();
    private final StatementSubjects subjects;
    private final StatedDays days = new StatedDays();
    private final WorkTitles titles = new WorkTitles();
    private final OrdinalOccasions ordinals = new OrdinalOccasions();
    private final RecalledPast recalled = new RecalledPast();
    private final SiteVisits sites = new SiteVisits();
    private final HeldOccasions held = new HeldOccasions();
    private final PostedWorks works = new PostedWorks();

    /**
     * @param tellings  the merger's readings of how reports tell their events (shared: it reads whole articles)
     * @param encounter true for a report of a family whose parties meet ({@link ConnectLexicon.Family#symmetric})
     */
    ToldAlike(Tellings tellings, HappeningWords words, Predicate<EventMention> encounter) {
        this.tellings = tellings;
        this.tokens = new Tokens(encounter);
        this.subjects = new StatementSubjects(words);
    }

    /** True when the report tells its event as the story's reports do. */
    boolean test(Story s, EventMention m) {
        Telling t = tellings.of(m);
        if (t != tellings.of(s.first())) return false;
        // a habit, or occasions summed up without a count ("visited the country several times"), is no single
        // happening, and the same words filed again in another story ("provides 20 million dollars every year")
        // are still none: there is no one event for the two reports to be
        if (t == Telling.HABIT || t == Telling.UNCOUNTED) return false;
        for (EventMention o : s.mentions) {
            if (quantities.disagree(o, m) || tokens.disagree(o, m) || states.contrast(o, m)
                    || subjects.differ(o, m) || Departures.onOtherDays(o, m) || days.disagree(o, m)
                    || DescribedStates.differ(o, m) || titles.disagree(o, m) || ordinals.disagree(o, m)
                    || GivingSides.differ(o, m) || recalled.differ(o, m)
                    || sites.differ(o, m) || held.differ(o, m) || works.differ(o, m)) return false;
        }
        return true;
    }

    /** True when two sentences have the same words: one report filed again. */
    static boolean sameWords(String a, String b) {
        return a != null && b != null && Tellings.words(a).equals(Tellings.words(b));
    }
}
