package org.dateline.core.event;

import java.util.List;

import org.dateline.model.EventType;
import org.dateline.model.Participant;

/**
 * Who the events a story has already told make its words that point back: "they" and "the two" (the latest event
 * with several actors), a lone "he" or "she" (the one actor of an event just told), "the ralliers" (the doers of the
 * latest protest), and the other side of a demand that names none (whom the actor dealt with lately). Each reads the
 * article's coded events ({@link ArticleContext#events}) from the latest back; none changes them. Static helpers for
 * {@link ArticleContext}, which answers these questions for the rest of the coder.
 */
final class EarlierEvents {
    /** How many sentences back the lone actor an unresolved "he" or "she" stands for may have acted. */
    static final int LONE_ACTOR_REACH = 4;

    private EarlierEvents() {}

    /** The latest protest with doers the story has told, or null. */
    static Draft lastProtest(List<Draft> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Draft d = events.get(i);
            if (d.type == EventType.PROTEST && !d.actors.isEmpty()) return d;
        }
        return null;
    }

    /**
     * The protesters, when the latest event told before sentence {@code sentence}, at most
     * {@value #LONE_ACTOR_REACH} sentences back, is theirs ("Students held a rally in Lima. They demanded ..."): who a
     * "they" that no group of two explains stands for. An event of other doers in between ("Police broke up the
     * rally. They arrested ...") ends the protesters' turn; none when the story has told of no protest.
     */
    static List<Participant> protestersJustTold(List<Draft> events, int sentence) {
        Draft protest = lastProtest(events);
        List<Participant> protesters = protest == null ? List.of() : List.copyOf(protest.actors);
        for (int i = events.size() - 1; i >= 0 && !protesters.isEmpty(); i--) {
            Draft d = events.get(i);
            if (d.sentence >= sentence) continue;
            boolean theirs = sentence - d.sentence <= LONE_ACTOR_REACH && Participants.sameSet(d.actors, protesters);
            return theirs ? protesters : List.of();
        }
        return List.of();
    }

    /**
     * The one actor of the latest event told before sentence {@code sentence}, when that event has a single actor and
     * lies at most {@value #LONE_ACTOR_REACH} sentences back; else none: who an unresolved "he" or "she" is. An event
     * with two actors leaves the pronoun ambiguous, and one far back is no longer the story's topic.
     */
    static List<Participant> lastLoneActor(List<Draft> events, int sentence) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Draft d = events.get(i);
            if (d.sentence >= sentence) continue;
            boolean near = sentence - d.sentence <= LONE_ACTOR_REACH;
            return near && d.actors.size() == 1 ? List.of(d.actors.get(0)) : List.of();
        }
        return List.of();
    }

    /** The participants of the latest event with several actors: who "they" and "the two" are. */
    static List<Participant> lastGroup(List<Draft> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            List<Participant> all = events.get(i).everyone();
            if (all.size() >= 2 && events.get(i).actors.size() >= 2) return all;
        }
        return List.of();
    }

    /**
     * Who an actor dealt with lately: the other side of the latest event in which it acted with or towards a party
     * of another country. Used for a demand or offer whose addressee the clause leaves implicit. Events that only
     * had it as their addressee do not count: the envoys agreeing on how to treat the North are not the North
     * dealing with the envoys.
     */
    static Participant counterpart(List<Draft> events, Participant actor) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Draft d = events.get(i);
            if (!Participants.contains(d.actors, actor)) continue;
            for (Participant p : d.everyone()) {
                if (!Participants.same(p, actor) && p.country() != null && !p.country().equals(actor.country())) {
                    return p;
                }
            }
        }
        return null;
    }
}
