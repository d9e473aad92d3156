package org.dateline.core.connect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

import org.dateline.model.Participant;

/**
 * The one dated occasion of a named pair that an undated report of the pair can mean. A state visit is told in many
 * reports that date nothing ("the news of the leader's visit to Russia", "a paper devoted five pages to his historic
 * visit") and share little more than "visit"; their words cannot tell them apart, but who went where can, when the
 * reports of the last weeks hold a single dated visit of that pair: an undated report published while that visit
 * is still news is a report of it.
 *
 * <p>Only an encounter of the parties is singled out by who took part: a family whose parties are all in the key
 * ({@link ConnectLexicon.Family#symmetric}: a meeting, a visit, joint drills). What one party does to another (a
 * condemnation of a neighbour's decision, aid to a farm) it does again month after month, and its reports are told
 * apart by what they say.
 *
 * <p>The evidence is the pair and the date, so each is read strictly: the report names both parties specifically
 * ({@link StoryFit#namesBoth}: a person or a body beside another; two states alone are no such pair), happened
 * (a plan names no occasion yet), is told as one occasion as the story is, and agrees on the place (the Moscow of an
 * earlier visit recalled is not the Siberia of this one). The occasion is dated to a month or finer, began before
 * the report was published, and is still news: the report comes within {@link EventMerger#NAMED_RECALL_DAYS} of
 * its end, or within {@link EventMerger#UNDATED_GAP_DAYS} of a report of its core. When the weeks hold two dated occasions of the pair, or none, the report is left to its words.
 *
 * <p>An article may tell the occasion twice ("the news of his visit to Siberia", then "his visit to Russia is a great
 * event"): a second report of it in an article the story holds is recorded as a step of the story, as a deed that
 * continues another is ({@link Story#steps}), not compared with later reports.
 *
 * <p>Reports come in publication order, and a visit is often dated only by a later report (a paper's account of
 * it a fortnight on): its earlier undated reports have by then gathered into stories of their own. When a story
 * gets its first date, {@link #gather} moves to it the reports of those stories that it is the sole occasion of.
 */
final class SoleOccasions {
    private final Map<String, Deque<Story>> buckets;
    private final Function<EventMention, List<String>> keys;
    private final BiPredicate<Story, EventMention> toldAlike;
    private final Predicate<EventMention> encounter;

    /**
     * @param encounter true for a report of a symmetric family ({@link ConnectLexicon.Family#symmetric}), whose
     *                  parties are all in its key
     */
    SoleOccasions(Map<String, Deque<Story>> buckets, Function<EventMention, List<String>> keys,
                  BiPredicate<Story, EventMention> toldAlike, Predicate<EventMention> encounter) {
        this.buckets = buckets;
        this.keys = keys;
        this.toldAlike = toldAlike;
        this.encounter = encounter;
    }

    /** The sole dated story an undated report of a named pair can be a report of, or null. */
    Story of(EventMention m) {
        if (m.anchored() || m.status() != StatusClass.OCCURRED) return null;
        if (!encounter.test(m) || !StoryFit.namesBoth(m)) return null;
        Story found = null;
        Set<Story> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String k : keys.apply(m)) {
            Deque<Story> bucket = buckets.get(k);
            if (bucket == null) continue;
            for (Story s : bucket) {
                if (!seen.add(s) || !occasionFor(s, m)) continue;
                if (found != null) return null;
                found = s;
            }
        }
        return found;
    }

    private boolean occasionFor(Story s, EventMention m) {
        if (!s.anchored || s.span == null || s.span.days() > EventMerger.PRECISE_DAYS) return false;
        if (KeyFit.score(s, reading(m), true) < 0) return false;
        return stillNews(s, m) && toldAlike.test(s, m);
    }

    /** The report as the occasion takes it: without the place of a report placed at home ({@link #placedAtHome}). */
    static EventMention reading(EventMention m) { return placedAtHome(m) ? m.withoutPlace() : m; }

    /**
     * True when a report of a visit abroad is placed in the visitor's own state: an actor's state is the place, and
     * a recipient is another state. The happening is abroad by what it is (a visit to Russia), so the home state is
     * where the report's own news was made (poems on the visit published at home, a welcome back), not where the
     * visit went, and it says nothing against the story's place.
     */
    static boolean placedAtHome(EventMention m) {
        String place = m.place();
        if (place == null) return false;
        String home = StateNames.codeOf(place);
        if (home == null) return false;
        boolean actor = false, abroad = false;
        for (Participant p : m.event().actors()) actor |= home.equals(p.country());
        for (Participant p : m.event().recipients()) {
            abroad |= p.country() != null && !home.equals(p.country()) && m.context().names().isState(p.name());
        }
        return actor && abroad;
    }

    /**
     * True when a report is published once the occasion began, and within {@link EventMerger#NAMED_RECALL_DAYS} of its
     * end or the gap of a report of its core ({@link Story#core}): never through a later member.
     */
    static boolean stillNews(Story s, EventMention m) {
        LocalDate day = m.day();
        if (day == null || day.isBefore(s.span.first())) return false;
        // the occasion's own days place it, not the day a later member was published
        if (!day.isAfter(s.span.last().plusDays(EventMerger.NAMED_RECALL_DAYS))) return true;
        for (EventMention o : s.core()) {
            LocalDate d = o.day();
            if (d != null && Math.abs(d.toEpochDay() - day.toEpochDay()) <= EventMerger.UNDATED_GAP_DAYS) return true;
        }
        return false;
    }

    /**
     * Moves to a story that has just got its date the reports of undated stories of its key it is now the sole
     * occasion of; a story left without reports is dropped from the record and the buckets. Returns the stories
     * emptied.
     */
    List<Story> gather(Story dated, EventMention dating) {
        List<Story> emptied = new ArrayList<>();
        if (!encounter.test(dating)) return emptied;
        Set<Story> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String k : keys.apply(dating)) {
            Deque<Story> bucket = buckets.get(k);
            if (bucket == null) continue;
            for (Story t : List.copyOf(bucket)) {
                if (t == dated || t.anchored || !seen.add(t) || !t.key.equals(dated.key)) continue;
                List<EventMention> moved = new ArrayList<>();
                for (EventMention x : List.copyOf(t.mentions)) {
                    if (of(x) != dated) continue;
                    t.mentions.remove(x);
                    if (dated.articles.contains(x.context().id())) dated.addStep(x);
                    else dated.add(reading(x));
                    moved.add(x);
                }
                if (moved.isEmpty()) continue;
                t.rebuild(moved, dated);
                if (!t.mentions.isEmpty()) continue;
                emptied.add(t);
                // an undated story is indexed under the keys of its reports' windows only
                for (EventMention x : moved) for (String key : keys.apply(x)) {
                    Deque<Story> b = buckets.get(key);
                    if (b != null) b.remove(t);
                }
            }
        }
        return emptied;
    }
}
