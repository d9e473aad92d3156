package org.dateline.core.connect;

import java.util.Set;
import java.util.TreeSet;

import org.dateline.model.CountryCodes;
import org.dateline.model.Participant;

/**
 * Whether the recipients of two reports of a directed event agree: the same, one set holding the other, or the same
 * sides once states and the groups of them told by their kind are read as their state. Recipients only need to
 * agree; they never key a merge (the actors do).
 */
final class RecipientSides {
    private RecipientSides() {}

    /**
     * True when the report's recipients and those of each of the story's reports are the same, or one set holds the
     * other, once a state and the people, troops or bodies of it told by their kind are read as one side ({@link
     * #sides}): "attacked a checkpoint in Pakistan" and "the attack that killed 24 Pakistani troops" hit one side.
     */
    static boolean agree(Story s, EventMention m) {
        if (m.others().isEmpty()) return true;
        Set<String> mine = null;
        for (EventMention o : s.mentions) {
            if (o.others().isEmpty()) continue;
            if (o.others().containsAll(m.others()) || m.others().containsAll(o.others())) continue;
            if (mine == null) mine = sides(m);
            Set<String> theirs = sides(o);
            if (!theirs.containsAll(mine) && !mine.containsAll(theirs)) return false;
        }
        return true;
    }

    /**
     * A report's recipients, each state and each group told by a common noun ("24 Pakistani troops", "people of
     * Iraq") as "@" and the code of its state: which side was hit, not who of it. Named people and bodies, and
     * groups of no known state, stay themselves.
     */
    static Set<String> sides(EventMention m) {
        Set<String> out = new TreeSet<>();
        var names = m.context().names();
        for (String n : m.others()) {
            Participant p = m.participant(n);
            String code = p == null ? null : p.country();
            boolean side = names.isState(n) || GenericParticipants.hasGenericHead(n)
                    || GenericParticipants.isGeneric(n);
            out.add(side && code != null && !code.isBlank() && CountryCodes.isState(code) ? "@" + code : n);
        }
        return out;
    }
}
