package org.dateline.core.connect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.dateline.model.DateModifier;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Participant;
import org.dateline.model.Spelled;

/**
 * One event of one article, prepared for comparison across articles: canonical participants, the family and status
 * class, and the days it can have happened on.
 *
 * @param event     the event, its participants renamed to canonical actors and a yearless date completed
 * @param context   the article it came from
 * @param family    event family (see {@link ConnectLexicon})
 * @param status    occurred, plan (planned or possible), negated or other
 * @param key       sorted canonical participants that identify the event: all of them in a symmetric family,
 *                  the actors in a directed one
 * @param others    the remaining participants (recipients of a directed event), which need only agree
 * @param span      the days it happened or is to happen: the stated date when the text gave one ({@code anchored}),
 *                  else a window around publication; null when nothing dates it
 * @param anchored  true when the date came from the text
 * @param mention   the mention to record
 */
record EventMention(Event event, ArticleContext context, String family, StatusClass status, List<String> key,
                    List<String> others, Span span, boolean anchored, Mention mention) {
    static final int PAST_WINDOW = 60;
    static final int FUTURE_WINDOW = 90;
    /** Days before its publication an undated arrest of a named person may have been made ({@link #arrestComingToLight}). */
    static final int ARREST_PAST_WINDOW = 180;
    /** Days past its publication a stay told while it lasted may still go on (a visit of a week, {@link #window}). */
    static final int STAY_AHEAD = 7;
    private static final Set<String> SAME_TIME = ConnectWords.get("same-time-conjunctions");
    private static final Set<String> COORDINATING = ConnectWords.get("coordinating-conjunctions");
    private static final Set<String> PRESENCE = ConnectWords.get("presence-verb-forms");
    private static final Set<String> STAY_NOUNS = ConnectWords.get("stay-nouns");
    /** Characters before a report's span searched for the clause it hangs on. */
    static final int GOVERNING_REACH = 160;

    /** The report's name across the pipeline: {@code article#event}, as merge labels and story ids write it. */
    String reportKey() { return context.id() + "#" + event.id(); }

    static EventMention of(Event e, ArticleContext ctx, ConnectLexicon lexicon) {
        EventMention m = of(e, ctx, lexicon, StatusClass.of(e.status()));
        // "left here today to visit China": the trip has begun (Departures), not a plan
        return Departures.begun(m) ? of(e, ctx, lexicon, StatusClass.OCCURRED) : m;
    }

    private static EventMention of(Event e, ArticleContext ctx, ConnectLexicon lexicon, StatusClass status) {
        ConnectLexicon.Family family = lexicon.family(Spelled.of(e.type()));
        List<Participant> actors = rename(e.actors(), ctx);
        List<Participant> recipients = rename(e.recipients(), ctx);
        TreeSet<String> key = new TreeSet<>();
        TreeSet<String> others = new TreeSet<>();
        actors.forEach(p -> key.add(p.name()));
        recipients.forEach(p -> (family.symmetric() ? key : others).add(p.name()));
        others.removeAll(key);
        key.removeAll(statesOfTheirPeople(actors, family.symmetric() ? recipients : List.of(), ctx));
        String date = Years.complete(e.date(), ctx.day(), status);
        Event renamed = e.toBuilder().actors(actors).recipients(recipients).date(date).build();
        Optional<Span> stated = Span.of(date).map(sp -> sp.narrow(e.dateMod()));
        // a day that dates the source the report cites ("according to KBS on Tuesday") is no date of its deed
        boolean anchored = stated.isPresent() && !isFallback(e.date(), e.dateMod(), stated.get(), ctx)
                && !CitedDays.onlyCited(e.date(), ctx);
        Span span = anchored ? stated.get() : window(status, ctx.day(), isStay(e));
        Mention m = new Mention(ctx.id(), ctx.headline(), Sentences.around(ctx.body(), e.start(), e.end()),
                e.start(), e.end(), e.id());
        EventMention out = new EventMention(renamed, ctx, family.name(), status, List.copyOf(key),
                List.copyOf(others), span, anchored, m);
        return anchored || status != StatusClass.OCCURRED ? out : out.datedByWeekday().arrestComingToLight();
    }

    /**
     * The report, its window reaching {@link #ARREST_PAST_WINDOW} days back, when it tells undated the arrest of a
     * named person ({@link Detentions}): "he was recently arrested" is often the first news of an arrest made months
     * before, told once the side that learned of it speaks, and a later report dates it ("in March"). Who was arrested
     * singles the arrest out over those months as over a week; a crowd arrested ("several protesters") does not, and
     * keeps the window of any news.
     */
    private EventMention arrestComingToLight() {
        if (anchored || context.day() == null || !Detentions.tells(this) || Detentions.detained(this).isEmpty()) return this;
        Span back = Span.day(context.day()).widen(ARREST_PAST_WINDOW, 0);
        return new EventMention(event, context, family, status, key, others, back, false, mention);
    }

    /**
     * The report dated by the weekday its clause names ({@link Weekdays}), when the events stage left it on its
     * publication day: "the army demolished on Tuesday a mosque" in a Saturday's story is Tuesday's demolition, not
     * one of any day in the two months before. Only the event's own words count, and the words before them up to a
     * comma when they open with a conjunction of the same time ({@code same-time-conjunctions}: "four were killed
     * early Tuesday as drones fired two missiles"). A weekday of the clause that governs a nominal event is that
     * clause's day, not the event's: "returned home on Tuesday after visiting Russia", "answered a question on
     * Thursday about the recent trip". A clause that names no day takes that of the clause it is joined to as a
     * coordinated verb ({@link #hangsOn}), and so does the purpose of a visit or an arrival ({@link #aimOfPresence}).
     */
    private EventMention datedByWeekday() {
        List<String> words = Tellings.words(Tellings.clause(this));
        if (!words.isEmpty() && SAME_TIME.contains(words.get(0))) words.addAll(0, Tellings.words(Tellings.lead(this)));
        if (!Weekdays.any(words)) {
            List<String> governing = Tellings.words(Tellings.before(this, GOVERNING_REACH));
            if (hangsOn(words, governing) || aimOfPresence(words, governing)) words = governing;
        }
        return Weekdays.named(words, context.day())
                .map(d -> new EventMention(event, context, family, status, key, others, Span.day(d), true, mention))
                .orElse(this);
    }

    /**
     * True when a clause that names no day of its own is the second of coordinated verbs ("demolished on Tuesday a
     * mosque and [arrested six]"): it happened on the day of the clause it is joined to. A clause after another
     * conjunction ("returned on Tuesday after [visiting Russia]") tells of another time, and so may a purpose ("left
     * on Monday [to visit Velmar]").
     */
    /**
     * True when a clause is the purpose of a clause that tells a presence ({@code presence-verb-forms}: "visited
     * the hall on Saturday [to pay homage]", "arrived on Wednesday [to pay an official visit]"): what one is present
     * for is done while there, on that day. A departure's purpose ("left on Monday to visit") lies ahead, and is
     * left undated.
     */
    static boolean aimOfPresence(List<String> clause, List<String> governing) {
        boolean purpose = (!clause.isEmpty() && clause.get(0).equals("to"))
                || (!governing.isEmpty() && governing.get(governing.size() - 1).equals("to"));
        if (!purpose) return false;
        for (String w : governing) if (PRESENCE.contains(w)) return true;
        return false;
    }

    static boolean hangsOn(List<String> clause, List<String> governing) {
        return !governing.isEmpty() && COORDINATING.contains(governing.get(governing.size() - 1))
                && (clause.isEmpty() || !COORDINATING.contains(clause.get(0)));
    }

    /**
     * A date the event stage took from the publication date because the text gave none: it is marked as a bound
     * on the publication day, or it contains the publication day and no time expression of the article has that
     * value.
     */
    private static boolean isFallback(String raw, DateModifier mod, Span stated, ArticleContext ctx) {
        // the events stage marks the publication day it fell back on as a bound ("on or before"), whatever else
        // in the text also names that day ("left on Thursday" does not date "will meet" of the same story)
        boolean bound = mod == DateModifier.ON_OR_BEFORE || mod == DateModifier.ON_OR_AFTER;
        if (bound && ctx.day() != null && stated.contains(Span.day(ctx.day()))) return true;
        if (ctx.states(raw)) return false;
        return ctx.day() != null && stated.contains(Span.day(ctx.day()));
    }

    /**
     * The days an undated report may have happened on, around its publication. A stay ({@link #isStay}: "he visited
     * Pyongyang", told on a Tuesday of a visitor who left on Thursday) is news while it lasts, so its report may be
     * published before its last days: it reaches {@link #STAY_AHEAD} days past publication, where another deed ends
     * on the publication day: a report of an article posted, told on the 5th, cannot be of the article a later report
     * dates the 6th.
     */
    private static Span window(StatusClass status, LocalDate day, boolean stay) {
        if (day == null) return null;
        Span d = Span.day(day);
        return switch (status) {
            case PLAN -> d.widen(1, FUTURE_WINDOW);
            case NEGATED -> d.widen(PAST_WINDOW / 2, FUTURE_WINDOW);
            case OCCURRED, OTHER -> d.widen(PAST_WINDOW, stay ? STAY_AHEAD : 0);
        };
    }

    /** True when a report's trigger is a verb of being somewhere or a stay's noun ("visited", "tour", "visit"). */
    static boolean isStay(Event e) {
        String trigger = e.trigger();
        if (trigger == null) return false;
        String t = trigger.toLowerCase(Locale.ROOT);
        return PRESENCE.contains(t) || STAY_NOUNS.contains(t);
    }

    /**
     * The states that stand beside a named person or body of their own on the same side: "Kim Jong Il, chairman of
     * the DPRK National Defence Commission, met the president" read with the state as a third party. A state and its
     * own person on one side are one party, and the person says who it is; the state would only keep the report apart
     * from the reports that name the person alone. The sides are read apart: the state a visitor went to ("Ro visited
     * the DPRK") is the host, whatever state the visitor is coded with, and stays a party of the visit.
     */
    static Set<String> statesOfTheirPeople(List<Participant> actors, List<Participant> recipients, ArticleContext ctx) {
        Set<String> ofActors = statesOfTheirPeople(actors, ctx);
        Set<String> ofRecipients = statesOfTheirPeople(recipients, ctx);
        Set<String> out = new HashSet<>();
        // a state named on both sides is that side's only where each side holds a person of its own
        for (String n : ofActors) if (ofRecipients.contains(n) || !names(recipients, n)) out.add(n);
        for (String n : ofRecipients) if (ofActors.contains(n) || !names(actors, n)) out.add(n);
        return out;
    }

    private static boolean names(List<Participant> ps, String name) { return named(ps, name) != null; }

    /** The states of one side that stand beside a named person or body of their own on that side. */
    static Set<String> statesOfTheirPeople(List<Participant> ps, ArticleContext ctx) {
        Set<String> peopleStates = new HashSet<>();
        for (Participant p : ps) {
            // a named exercise coded with a state's code is a happening, not that state's own party
            if (p.country() != null && !ctx.names().isState(p.name()) && !GenericParticipants.isGeneric(p.name())
                    && !NamedHappenings.names(p.name(), ctx.body())) {
                peopleStates.add(p.country());
            }
        }
        Set<String> out = new HashSet<>();
        for (Participant p : ps) {
            if (ctx.names().isState(p.name()) && peopleStates.contains(p.country())) out.add(p.name());
        }
        return out;
    }

    private static List<Participant> rename(List<Participant> ps, ArticleContext ctx) {
        List<Participant> out = new ArrayList<>();
        for (Participant p : ps) {
            if (p == null || p.name() == null) continue;
            out.add(new Participant(ctx.names().of(StateNames.of(p)), p.country(), p.sector()));
        }
        return out;
    }

    /**
     * The same report with one participant named differently: a state that stood for a person of its own ("her South
     * Korean counterpart", coded South Korea because the article names no one) becomes that person.
     */
    EventMention withStandIn(String state, Participant person) {
        Event e = event;
        Event renamed = e.toBuilder().actors(swap(e.actors(), state, person))
                .recipients(swap(e.recipients(), state, person)).build();
        return new EventMention(renamed, context, family, status, swapName(key, state, person.name()),
                swapName(others, state, person.name()), span, anchored, mention);
    }

    /** The actor of that canonical name, or null. */
    Participant actor(String name) { return named(event.actors(), name); }

    /** The actor or recipient of that canonical name, or null. */
    Participant participant(String name) {
        Participant a = actor(name);
        return a != null ? a : named(event.recipients(), name);
    }

    private static Participant named(List<Participant> ps, String name) {
        for (Participant p : ps) if (p.name().equals(name)) return p;
        return null;
    }

    private static List<Participant> swap(List<Participant> ps, String name, Participant by) {
        return ps.stream().map(p -> p.name().equals(name) ? by : p).toList();
    }

    private static List<String> swapName(List<String> names, String name, String by) {
        TreeSet<String> out = new TreeSet<>(names);
        if (out.remove(name)) out.add(by);
        return List.copyOf(out);
    }

    /** The same report with no place: one that names where its news was made, not where its happening was. */
    EventMention withoutPlace() {
        return new EventMention(event.toBuilder().place(null).build(), context, family, status, key, others, span,
                anchored, mention);
    }

    String place() { return event.place(); }

    LocalDate day() { return context.day(); }
}
