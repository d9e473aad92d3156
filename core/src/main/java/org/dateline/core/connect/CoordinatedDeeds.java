package org.dateline.core.connect;

import java.util.Collection;
import java.util.List;

/**
 * Finds the deed a report continues within its own sentence: "troops raided a camp on Monday [and shot dead two
 * residents] [and wounded three others]" tells one operation in steps, by one subject, on one day. The events stage
 * codes each verb as an event of its own, often with its own recipient (the camp's people, the dead, the wounded),
 * so compared as reports of one article they would stay apart (two events of one article are two happenings unless
 * both name the same day and place) and a second story telling the raid would join only one of them.
 *
 * <p>A report continues an earlier report of its sentence when its clause is a coordinated verb joined to the
 * earlier clause ({@link EventMention#hangsOn}: "and" right before it), both have the same family, status class and
 * key participants (the same doers, so the same subject), the places agree and the report gives no date of its own
 * that differs. A second clause after another conjunction ("returned after visiting"), or a second subject ("troops
 * raided a camp and settlers burned a field"), is another happening.
 */
final class CoordinatedDeeds {
    private CoordinatedDeeds() {}

    /** The nearest earlier report of the same sentence that this one continues, or null. */
    static EventMention continued(EventMention m, Collection<EventMention> earlier) {
        List<String> clause = Tellings.words(Tellings.clause(m));
        List<String> governing = Tellings.words(Tellings.before(m, EventMention.GOVERNING_REACH));
        if (!EventMention.hangsOn(clause, governing)) return null;
        EventMention best = null;
        for (EventMention o : earlier) {
            if (!sameSentence(o, m) || o.mention().start() >= m.mention().start() || !alike(o, m)) continue;
            if (best == null || o.mention().start() > best.mention().start()) best = o;
        }
        return best;
    }

    private static boolean sameSentence(EventMention a, EventMention b) {
        return a.context().id().equals(b.context().id()) && a.mention().sentence() != null
                && a.mention().sentence().equals(b.mention().sentence());
    }

    private static boolean alike(EventMention o, EventMention m) {
        if (!o.family().equals(m.family()) || o.status() != m.status() || !o.key().equals(m.key())) return false;
        if (!Story.placesAgree(o.place(), m.place())) return false;
        return !m.anchored() || (o.span() != null && o.span().overlaps(m.span()));
    }
}
