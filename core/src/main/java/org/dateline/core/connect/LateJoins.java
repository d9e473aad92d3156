package org.dateline.core.connect;

import java.util.ArrayList;
import java.util.List;

import org.dateline.model.Participant;

/**
 * Stories found to tell one happening only by a rule of recall, joined once every report is placed rather than when
 * the second report is found: one military act told under two names of one side ({@link ArmedSides}: "U.S. troops"
 * and "the U.S."), one occasion named in full and by its initials ({@link Acronyms}: "the Asia Pacific Economic
 * Cooperation", "APEC").
 *
 * <p>Why later: a report moved into another story at once takes its place away from the reports that would follow
 * it. A second "the troops killed" report no longer finds the troops' story under its own name, and must fit the
 * state's story as a whole, by the mean of its words over reports it shares little with; and the state's story, its
 * days narrowed by the newcomer and its words diluted, turns away later reports it took before. A recall rule that
 * moves reports so gains one pair and loses others. Joining two whole stories at the end adds the pairs across them
 * and keeps every pair either story made, as each grew as it would have without the rule.
 *
 * <p>A report joined by its side takes the story's name for that side where it used its own ({@link
 * EventMention#withStandIn}); a report of an article the story holds already is a step of it, as an article holds
 * one place in a story. Not thread-safe, like the merger that owns it.
 */
final class LateJoins {
    /**
     * A story begun by a report that fitted {@code to} once {@code replaced} was read as the side's name there, or,
     * {@code replaced} null, once a name and its initials were read as one.
     */
    private record Join(Story from, Story to, String replaced) {}

    private final List<Join> pending = new ArrayList<>();

    /** Joins, at the end, the story a report began to the story it fitted once its side was read as the story's. */
    void bySide(Story from, Story to, String replaced) { pending.add(new Join(from, to, replaced)); }

    /** Joins, at the end, the story a report began to the story it fitted once initials were read as their name. */
    void byInitials(Story from, Story to) { pending.add(new Join(from, to, null)); }

    /**
     * Joins each pending story into the story it was found to tell, in the order found; returns the stories emptied,
     * which the caller drops. A story already joined elsewhere is followed to where its reports went.
     */
    List<Story> join() {
        List<Story> emptied = new ArrayList<>();
        for (Join j : pending) {
            Story from = j.from().latest(), to = j.to().latest();
            if (from == to || from.mentions.isEmpty() || to.mentions.isEmpty()) continue;
            List<EventMention> moved = List.copyOf(from.mentions);
            for (EventMention x : moved) {
                from.mentions.remove(x);
                EventMention read = read(to, x, j.replaced());
                if (to.articles.contains(x.context().id())) to.addStep(read);
                else to.add(read);
            }
            from.rebuild(moved, to);
            emptied.add(from);
        }
        pending.clear();
        return emptied;
    }

    private static EventMention read(Story to, EventMention x, String replaced) {
        if (replaced == null || x.participant(replaced) == null) return x;
        Participant side = ArmedSides.sideIn(to, x, replaced);
        return side == null ? x : x.withStandIn(replaced, side);
    }
}
