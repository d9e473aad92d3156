package org.dateline.core.event;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.dateline.model.EventType;
import org.dateline.model.Participant;

/**
 * A plural act noun whose doers are a list of parties: "received messages from A, B and C", "floral baskets were sent
 * by A and B", "A, B and C sent messages of greeting", "speeches were made by A and B", "statements of A and B". The
 * plural says each party did its own act: three messages from three senders are three happenings (CODING.md questions
 * 127, 130 and 135: one event per sender, giver, speaker or country, each with its own actor), and one event with
 * three actors would stand for one of them only. A singular noun ("a message from A and B") or a word of joint doing
 * ({@code joint-act-words}: "a joint statement", "sent jointly", "together") tells one act done by all, which stays one
 * event with every actor (question 127's joint act).
 *
 * <p>The parties are told apart by their states ({@link SeparateVisitors#parties}): the people of one state named together
 * are one side, so only a list naming parties of two states or more is split. The acts distributed are speech,
 * things sent and things given ({@link #DISTRIBUTED}); a plural noun of a deed done together (exercises, talks,
 * attacks of allied forces, agreements signed) is not. A part of {@link DraftBuilder}.
 */
final class DistributedActs {
    /** The types whose plural act nouns are one act per doer: speech acts and things sent or given. */
    private static final Set<EventType> DISTRIBUTED = EnumSet.of(EventType.SUPPORT, EventType.ACCUSE, EventType.REQUEST,
            EventType.REJECT, EventType.THREATEN, EventType.AID);
    private static final Set<String> JOINT = EventWords.get("joint-act-words");

    private DistributedActs() {}

    /**
     * The doers of event {@code e} grouped by party, one group per act, when its noun tells one act per party; an empty
     * list when the event is one act (a singular or joint noun, a verb, one party's state, a type not distributed).
     */
    static List<List<Participant>> parties(Clause c, Coding e) {
        Cand k = e.k;
        if (!DISTRIBUTED.contains(e.type) || e.actors.size() < 2 || !k.t().noun() || !c.pluralNoun(k.i())) return List.of();
        // a signed agreement is its signatories' one act, however many agreements the noun counts
        if (CameoCodes.SIGN_AGREEMENT.equals(e.code) || joint(c, k)) return List.of();
        List<List<Participant>> parties = SeparateVisitors.parties(e.actors, e.others);
        return parties.size() < 2 ? List.of() : parties;
    }

    /**
     * Whether the act is told as done together: a word of joint doing on the noun ("joint messages", "messages in
     * their common name"), on its light verb ("sent jointly", "together sent"), or in the clause's "in the joint name
     * of" phrase.
     */
    private static boolean joint(Clause c, Cand k) {
        for (int w : c.subtree(k.i())) if (jointWord(c, w)) return true;
        if (k.light() >= 0) {
            for (int w : c.children(k.light(), "advmod", "amod", "obl", "nmod")) {
                for (int x : c.subtree(w)) if (jointWord(c, x)) return true;
            }
        }
        return false;
    }

    /** A word of joint doing, not part of a name ("the Common Front" names a party). */
    private static boolean jointWord(Clause c, int w) {
        return JOINT.contains(c.lower(w)) && !c.pos(w).startsWith("NNP");
    }
}
