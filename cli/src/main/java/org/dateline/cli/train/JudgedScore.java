package org.dateline.cli.train;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.cli.eval.BlindEventEval;
import org.dateline.core.Pipeline;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.Participant;

/**
 * Scores the events a coder gives a judged document now against the judges' rows, so that a change of the coder can be
 * measured on the judged samples without judging again. A row the judges wrote about a coded event still coded (same
 * start, end, trigger and type) keeps its verdict; a row whose event is gone is dropped. A coded event no row names is either
 * a <em>recovered</em> gold event (its type is the gold type of a missed, wrong-type or wrong-actor row and its span
 * overlaps that row's anchor) or <em>new</em>: an event nobody judged, whose precision is unknown until a judge reads it.
 *
 * <p>Recall is (kept right + recovered) over the gold events (right, missed, wrong-type and wrong-actor rows); precision
 * counts only judged events: (kept right + recovered) over (kept right + kept wrong + recovered). New events are
 * reported beside it, never guessed at, and bound it from below: the precision if every new event were wrong
 * ({@link Tally#precisionIfNewAreWrong}).
 *
 * <p>An event the coder gives with status {@link EventStatus#NEGATED} or {@link EventStatus#POSSIBLE} says the act did not
 * or may not happen: CODING.md section 4 has the coder keep it, with that status, while judges mark it {@code not-event}
 * (an act that did not happen is no event). Such a row is counted wrong as before, and also as
 * {@link Count#KEPT_WRONG_UNASSERTED}, so that a second precision ({@link Tally#assertedPrecision}) scores the events
 * the coder asserts: what a user who asks for acts that took place or are planned sees. Both are reported (CODING.md
 * question 113).
 *
 * <p>Where a row carries a gold date ({@link JudgedRow#goldDate()}), the date of the kept right or recovered event it
 * stands for is checked as the blind evaluation checks it ({@link BlindEventEval#dateAgrees}): right, wrong, or not
 * checked when the row has no gold date yet.
 */
final class JudgedScore {
    /** What the score counts. */
    enum Count { DOCUMENTS, GOLD, KEPT_RIGHT, KEPT_WRONG,
        /** Kept wrong rows judged {@code not-event} whose event the coder now gives as negated or possible. */
        KEPT_WRONG_UNASSERTED,
        DROPPED_RIGHT, DROPPED_WRONG, RECOVERED, RECOVERED_ACTOR_OK, NEW,
        DATE_RIGHT, DATE_WRONG, DATE_UNCHECKED,
        /**
         * Gold events of documents in a language no coder reads (neither English nor Spanish): out of the coder's
         * reach, counted by the caller ({@link #goldUnread}); they stay in {@link #GOLD}, as Spanish gold always did.
         */
        GOLD_UNREAD_LANGUAGE,
        /**
         * Found events whose main actor is scored against the judges' ({@link ActorScore}): kept events of rows judged
         * right or wrong-actor, and recovered events; with how many have the gold country, sector, and both.
         */
        ACTOR_SCORED, ACTOR_COUNTRY_RIGHT, ACTOR_SECTOR_RIGHT, ACTOR_RIGHT,
        /** A listing only: a found event whose main actor has a wrong country or sector. */
        ACTOR_WRONG,
        /**
         * A gold event no coded event stands for now (a missed row not recovered, a right row dropped, a row coded with
         * the wrong type): {@link #GOLD} less the found; listed with its gold type, actor and the judge's reason.
         */
        MISSED }

    /** The gold rows of a document in a language the pipeline codes no events from ({@link Pipeline#reads}); else 0. */
    static int goldUnread(org.dateline.model.Article article, List<JudgedRow> rows) {
        return Pipeline.reads(article) ? 0 : (int) rows.stream().filter(JudgedRow::gold).count();
    }

    /** What happened to one judged row or coded event, for the listing. */
    record Line(Count count, String doc, int start, int end, String what) {}

    /** Counts summed over documents. */
    static final class Tally {
        private final Map<Count, Integer> counts = new EnumMap<>(Count.class);

        int get(Count c) { return counts.getOrDefault(c, 0); }

        void add(Count c) { add(c, 1); }

        void add(Count c, int n) { counts.merge(c, n, Integer::sum); }

        void addAll(Tally other) { other.counts.forEach((c, n) -> counts.merge(c, n, Integer::sum)); }

        double precision() {
            return ratio(found(), found() + get(Count.KEPT_WRONG));
        }

        /**
         * The precision if every new (unjudged) event were wrong: a lower bound that, unlike {@link #precision()}, falls
         * when a change adds events nobody judged and rises when it drops them, so that dev shows what a change of the
         * coder's output costs in precision before a judge reads the new events.
         */
        double precisionIfNewAreWrong() {
            return ratio(found(), found() + get(Count.KEPT_WRONG) + get(Count.NEW));
        }

        /** Precision over the events the coder asserts: negated and possible events judged no event left out. */
        double assertedPrecision() {
            return ratio(found(), found() + get(Count.KEPT_WRONG) - get(Count.KEPT_WRONG_UNASSERTED));
        }

        /** The share of scored main actors ({@link Count#ACTOR_SCORED}) that the count {@code c} says are right. */
        double actorShare(Count c) { return ratio(get(c), get(Count.ACTOR_SCORED)); }

        double recall() { return ratio(found(), get(Count.GOLD)); }

        /** The gold events the coder finds now: judged right and kept, or missed before and recovered. */
        private int found() { return get(Count.KEPT_RIGHT) + get(Count.RECOVERED); }

        private static double ratio(int a, int b) { return b == 0 ? 0 : (double) a / b; }
    }

    private JudgedScore() {}

    /**
     * Scores one document.
     *
     * @param coded the events coded now
     * @param rows  the judges' rows of this document
     * @param tally receives the counts
     * @param lines receives one line per dropped row, recovered and new event, and gold event still missed
     */
    static void score(String doc, List<Event> coded, List<JudgedRow> rows, Tally tally, List<Line> lines) {
        tally.add(Count.DOCUMENTS);
        Set<Integer> judged = new HashSet<>();
        List<JudgedRow> open = new ArrayList<>();   // gold events no kept right row stands for
        for (JudgedRow r : rows) {
            if (r.gold()) tally.add(Count.GOLD);
            if (r.missed()) {
                open.add(r);
                continue;
            }
            int i = find(coded, r, judged);
            boolean right = r.right();
            if (i >= 0) {
                judged.add(i);
                tally.add(right ? Count.KEPT_RIGHT : Count.KEPT_WRONG);
                if (right) checkDate(doc, coded.get(i), r, tally, lines);
                else if (unasserted(coded.get(i), r)) tally.add(Count.KEPT_WRONG_UNASSERTED);
                if (right || r.verdict() == Verdict.WRONG_ACTOR) ActorScore.count(doc, coded.get(i), r, tally, lines);
                lines.add(new Line(right ? Count.KEPT_RIGHT : Count.KEPT_WRONG, doc, r.start(), r.end(),
                        r.verdict() + " " + r.codedType() + " '" + r.trigger() + "' " + coded.get(i).status() + guessed(coded.get(i))));
                if (r.gold() && !right) open.add(r);
            } else {
                tally.add(right ? Count.DROPPED_RIGHT : Count.DROPPED_WRONG);
                if (r.gold()) open.add(r);
                lines.add(new Line(right ? Count.DROPPED_RIGHT : Count.DROPPED_WRONG, doc, r.start(), r.end(),
                        r.verdict() + " " + r.codedType() + " '" + r.trigger() + "'"));
            }
        }
        for (int i = 0; i < coded.size(); i++) {
            if (judged.contains(i)) continue;
            Event e = coded.get(i);
            JudgedRow gold = open.stream().filter(r -> covers(e, r)).findFirst().orElse(null);
            if (gold == null) {
                tally.add(Count.NEW);
                lines.add(new Line(Count.NEW, doc, e.start(), e.end(), e.type() + " " + e.cameo() + " '" + e.trigger() + "' "
                        + e.actors().stream().map(p -> p.name() + "/" + p.country()).toList() + guessed(e)));
                continue;
            }
            open.remove(gold);
            if (gold.right()) {     // the judged event, coded on another span now
                tally.add(Count.KEPT_RIGHT);
                tally.add(Count.DROPPED_RIGHT, -1);
                lines.add(new Line(Count.KEPT_RIGHT, doc, e.start(), e.end(), "right " + e.type() + " '" + e.trigger()
                        + "' on another span" + guessed(e)));
                checkDate(doc, e, gold, tally, lines);
                ActorScore.count(doc, e, gold, tally, lines);
                continue;
            }
            boolean actorOk = e.actors().stream().map(Participant::country).anyMatch(gold.goldCountry()::equals);
            tally.add(Count.RECOVERED);
            checkDate(doc, e, gold, tally, lines);
            ActorScore.count(doc, e, gold, tally, lines);
            if (actorOk) tally.add(Count.RECOVERED_ACTOR_OK);
            lines.add(new Line(Count.RECOVERED, doc, e.start(), e.end(), e.type() + " (gold " + gold.verdict() + " "
                    + gold.goldActor() + ", actor " + (actorOk ? "ok" : "not") + ")" + guessed(e)));
        }
        for (JudgedRow r : open) {
            tally.add(Count.MISSED);
            lines.add(new Line(Count.MISSED, doc, r.start(), r.end(), r.goldType() + " " + r.goldCameo() + " " + r.goldActor()
                    + " " + r.reason() + " (" + r.verdict() + (r.missed() ? "" : " " + r.codedType()) + ")"));
        }
    }

    /** " [proposer 0.31]" for an event the learned proposer guessed (with its confidence), else "". */
    static String guessed(Event e) {
        return Event.PROPOSER.equals(e.origin()) ? " [proposer " + e.confidence() + "]" : "";
    }

    /** A row judged no event about an event the coder says did not or may not happen. */
    static boolean unasserted(Event e, JudgedRow r) {
        return r.verdict() == Verdict.NOT_EVENT && (e.status() == EventStatus.NEGATED || e.status() == EventStatus.POSSIBLE);
    }

    /** Counts whether a found event (kept right or recovered) has the date of the gold row it stands for. */
    private static void checkDate(String doc, Event e, JudgedRow gold, Tally tally, List<Line> lines) {
        if (!gold.dateChecked()) {
            tally.add(Count.DATE_UNCHECKED);
            return;
        }
        String want = gold.goldDate().equals(JudgedRow.UNDATED) ? null : gold.goldDate();
        if (BlindEventEval.dateAgrees(want, e)) {
            tally.add(Count.DATE_RIGHT);
            return;
        }
        tally.add(Count.DATE_WRONG);
        lines.add(new Line(Count.DATE_WRONG, doc, e.start(), e.end(), e.type() + " '" + e.trigger() + "' dated " + e.date()
                + (e.dateMod() == null ? "" : " " + e.dateMod()) + ", gold " + gold.goldDate()));
    }

    /** The trainer's alignment rule, with the coded type too (why: {@link Alignment#rowEvent}). */
    private static int find(List<Event> coded, JudgedRow r, Set<Integer> taken) {
        return Alignment.rowEvent(coded, r, taken, true);
    }

    private static boolean covers(Event e, JudgedRow gold) {
        return e.type() != null && e.type().name().equals(gold.goldType()) && e.start() < gold.end() && gold.start() < e.end();
    }
}
