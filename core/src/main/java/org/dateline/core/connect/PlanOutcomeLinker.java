package org.dateline.core.connect;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dateline.model.LinkRelation;

/**
 * Links a planned or possible event to what a later article says became of it: the meeting that took place
 * ({@code realized_by} / {@code realizes}), or the report that it was postponed or cancelled ({@code postponed_by} /
 * {@code cancelled_by}, with {@code same_event} back from the report). A plan nothing later speaks of stays open.
 *
 * <p>Plan and outcome stay two story events, linked: the plan keeps what was expected (Friday, Washington) and the
 * outcome what happened ("last week", Washington, or New York instead), and users count occurred meetings without
 * counting plans. The outcome must be reported later, share the family, tell the deed the plan expected ({@link
 * PlannedDeeds}: drills planned are realized by drills, not by an agreement of the same two states), include every
 * participant of the plan
 * (a planned Lee-Takizaki meeting may happen as a Lee-Biegun-Takizaki trilateral; when both are dated within a month,
 * two named parties of it are enough), fall in the plan's days and agree
 * on the place; at least one of the two must carry a date stated in its text (or, reported within days, name two
 * people or bodies besides states, or the same place), and a lone actor's plan needs both;
 * when either is dated no closer than a week, the outcome must be reported within two weeks of the plan's time.
 * Each plan keeps its best outcome: same participants beat a superset, stated and equal days beat a
 * window, an agreeing named place beats an unknown one. Plans are found through an index of (family, participant),
 * never by scanning all plans.
 */
public final class PlanOutcomeLinker {
    private static final int BUCKET_CAP = 200;
    /** Days after an undated plan's report within which an undated report of it happening still counts. */
    private static final int SOON_DAYS = 7;
    /** Days after a plan's time within which a report that does not date the outcome to the week still counts. */
    private static final int LOOSE_DAYS = 14;
    /** The widest stated span (days) that still dates an event closely: a week. */
    private static final int CLOSE_SPAN = 7;
    /** The widest stated span (days) that still dates an event within a month. */
    private static final int MONTH_SPAN = 31;

    private final ConnectLexicon lexicon;
    private final Map<String, Deque<Story>> plans = new HashMap<>();
    private final PlannedDeeds deeds = new PlannedDeeds();

    public PlanOutcomeLinker(ConnectLexicon lexicon) { this.lexicon = lexicon; }

    /** Considers the stories one article just started or extended. */
    void update(Collection<Story> touched) {
        for (Story s : touched) {
            if (s.status == StatusClass.PLAN) indexPlan(s);
        }
        for (Story s : touched) {
            if (s.status == StatusClass.OCCURRED) realize(s);
            else if (s.status == StatusClass.NEGATED) change(s);
        }
    }

    /** Turns the best outcomes found into links on both sides; call once before reading the stories. */
    void finish(Collection<Story> stories) {
        for (Story s : stories) {
            s.links.values().removeIf(l -> l.rel() == LinkRelation.REALIZED_BY || l.rel() == LinkRelation.REALIZES);
        }
        for (Story s : stories) s.datedByPlan = null;
        for (Story p : stories) {
            if (p.outcome == null) continue;
            // an outcome whose reports all went to the dated story of the same occasion is that story
            p.outcome = p.outcome.latest();
            p.link(LinkRelation.REALIZED_BY, p.outcome, p.outcomeEvidence);
            p.outcome.link(LinkRelation.REALIZES, p, p.outcomeEvidence);
            // "met in Washington last week" realizing "set for Friday": the plan's day, inside the week the outcome
            // gives, is the best day known for it
            Story o = p.outcome;
            if (p.anchored && o.anchored && p.span != null && o.span != null && o.span.contains(p.span)
                    && p.span.days() < o.span.days()
                    && (o.datedByPlan == null || p.span.days() < o.datedByPlan.span().days())) {
                o.datedByPlan = p.mostPrecise();
            }
        }
    }

    private void indexPlan(Story p) {
        for (String participant : p.key) {
            Deque<Story> bucket = plans.computeIfAbsent(p.family + "|" + participant, k -> new ArrayDeque<>());
            if (bucket.contains(p)) continue;
            bucket.addFirst(p);
            if (bucket.size() > BUCKET_CAP) bucket.removeLast();
        }
    }

    private Set<Story> plansSharing(Story s) {
        Set<Story> out = new LinkedHashSet<>();
        for (String participant : s.key) {
            Deque<Story> bucket = plans.get(s.family + "|" + participant);
            if (bucket != null) out.addAll(bucket);
        }
        return out;
    }

    private void realize(Story o) {
        for (Story p : plansSharing(o)) {
            double score = outcomeScore(p, o);
            if (score > p.outcomeScore && deeds.realizes(p, o)) {
                p.outcome = o;
                p.outcomeScore = score;
                p.outcomeEvidence = evidence(p, o);
            }
        }
    }

    /** How well an occurred story fits as the outcome of a plan; 0 when it cannot be. */
    static double outcomeScore(Story p, Story o) {
        if (!o.key.containsAll(p.key) && !sharesClosely(p, o)) return 0;
        // "unidentified attackers" or "the authorities" name no one: two such reports are not the same people
        if (p.key.stream().noneMatch(PlanOutcomeLinker::named)) return 0;
        boolean same = o.key.size() == p.key.size();
        if (!same && p.key.size() < 2) return 0; // "Lee plans talks" is realized by no particular meeting
        // Two reports with no stated date tie nothing in time: in a large stream they are two sayings about the same
        // actor months apart ("the U.S. may support...", "the U.S. imposed sanctions"), not a plan and its outcome,
        // unless two named parties' plan is followed within days by their meeting ("plans to meet X during his
        // stay" -> "met X on the same day").
        if (!p.anchored && !o.anchored && !(p.key.size() >= 2 && p.first().day() != null
                && reportedBetween(o, p.first().day(), p.first().day().plusDays(SOON_DAYS))
                && (twoNamedPeopleOrBodies(p) || samePlace(p, o)))) return 0;
        // A lone actor's plan ("X will stage drills") is realized only by a report dated as the plan was.
        if (p.key.size() < 2 && !(p.anchored && o.anchored)) return 0;
        // A report that does not date one of the two to the week ("staged drills", "visited China several times",
        // "this year") ties them only by coming soon after the plan's time: the drills reported ten days after the
        // announced start, not a visit recalled a month later.
        LocalDate planEnd = planEnd(p);
        if ((loose(p) || loose(o)) && !reportedBetween(o, null, planEnd == null ? null : planEnd.plusDays(LOOSE_DAYS))) return 0;
        if (!later(p, o)) return 0;
        if (p.span == null || o.span == null || !p.span.overlaps(o.span)) return 0;
        // It cannot have happened before the plan was reported (a day's slack for time zones).
        if (p.first().day() != null && o.span.last().isBefore(p.first().day().minusDays(1))) return 0;
        if (toldBefore(o, p)) return 0;
        String pp = p.place(), op = o.place();
        if (!Story.placesAgree(pp, op)) return 0;
        double score = same ? 3 : 1;
        if (p.anchored && o.anchored) score += 2 + (p.span.equals(o.span) ? 1 : 0);
        if (pp != null && op != null) score += 1;
        return score;
    }

    private void change(Story n) {
        Optional<String> kind = Optional.empty();
        for (EventMention m : n.mentions) {
            kind = lexicon.change(m.mention().sentence());
            if (kind.isPresent()) break;
        }
        if (kind.isEmpty()) return;
        LinkRelation rel = kind.get().equals("postponed") ? LinkRelation.POSTPONED_BY : LinkRelation.CANCELLED_BY;
        for (Story p : plansSharing(n)) {
            if (!p.key.equals(n.key) || !later(p, n) || !Story.placesAgree(p.place(), n.place())) continue;
            if (p.span != null && n.span != null && !p.span.overlaps(n.span)) continue;
            String why = kind.get() + ": " + evidence(p, n);
            p.link(rel, n, why);
            n.link(LinkRelation.SAME_EVENT, p, why);
        }
    }

    /**
     * Two reports with no date from their text tie in time only through something specific besides the days they came
     * out: two named people or bodies meeting ("Berg plans to meet Haddad" -> "Berg met Haddad"), not two states,
     * which every other story of a region names ("X's visit to Russia", "the North and the South"), or a place both
     * give.
     */
    private static boolean twoNamedPeopleOrBodies(Story p) {
        var names = p.first().context().names();
        return p.key.stream().filter(PlanOutcomeLinker::named).filter(n -> !names.isState(n)).count() >= 2;
    }

    private static boolean samePlace(Story p, Story o) {
        return p.place() != null && o.place() != null && Story.placesAgree(p.place(), o.place());
    }

    /** A proper name ("Lee Do-hoon", "North Korea"), not a description ("unidentified attackers"). */
    private static boolean named(String participant) {
        return !participant.isEmpty() && Character.isUpperCase(participant.codePointAt(0));
    }

    /** Some report of the story came out between the two days (inclusive; a null bound is open). */
    private static boolean reportedBetween(Story s, LocalDate first, LocalDate last) {
        for (EventMention m : s.mentions) {
            LocalDate d = m.day();
            if (d != null && (first == null || !d.isBefore(first)) && (last == null || !d.isAfter(last))) return true;
        }
        return false;
    }

    /**
     * Reports name the parties of one exercise differently ("the U.S. forces and the south Korean army" in the plan,
     * "the U.S." in the report that it began): an outcome that leaves out a party of the plan still fits when both are
     * dated within a month by their text, the days overlap and two named parties are the same.
     */
    private static boolean sharesClosely(Story p, Story o) {
        // the days must also overlap, as for any outcome (checked in outcomeScore)
        if (!p.anchored || !o.anchored || p.span == null || o.span == null || p.span.days() > MONTH_SPAN
                || o.span.days() > MONTH_SPAN) return false;
        return p.key.stream().filter(o.key::contains).filter(PlanOutcomeLinker::named).count() >= 2;
    }

    private static boolean loose(Story s) { return !s.anchored || s.span == null || s.span.days() > CLOSE_SPAN; }

    /** The last day of a plan stated within a month, else the day its first report came out; null when unknown. */
    private static LocalDate planEnd(Story p) {
        return p.anchored && p.span != null && p.span.days() <= MONTH_SPAN ? p.span.last() : p.first().day();
    }

    /**
     * True when the outcome was news on a day before the plan was first reported. A plan looks forward: what it
     * expects is not yet reported done. A "plan" that comes after ("the minister said he would work hard during the
     * leader's visit", published the day after the visit was reported) is a vow or a wish of someone else that names
     * the happening in passing, not its plan; the day's slack for time zones above would let it through.
     */
    private static boolean toldBefore(Story o, Story p) {
        LocalDate planned = p.first().day();
        if (planned == null) return false;
        for (EventMention m : o.mentions) {
            if (m.day() != null && m.day().isBefore(planned)) return true;
        }
        return false;
    }

    /** The report of the outcome comes from a later article than the plan's first report. */
    private static boolean later(Story plan, Story other) {
        EventMention p = plan.first();
        for (EventMention m : other.mentions) {
            if (plan.articles.contains(m.context().id())) continue;
            if (p.day() == null || m.day() == null ? m.context().order() > p.context().order()
                    : !m.day().isBefore(p.day()) && m.context().order() > p.context().order()) return true;
        }
        return false;
    }

    private static String evidence(Story p, Story o) {
        return "participants " + String.join(", ", p.key) + (o.key.equals(p.key) ? "" : " (with " + String.join(", ", o.key) + ")")
                + "; " + p.describe() + "; " + o.describe();
    }
}
