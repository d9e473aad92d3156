package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dateline.model.Participant;

/**
 * The senders of what a clause's subject received: "X received a letter from Y", "X got floral baskets and messages
 * from Y", "X drew criticism from Y". A thing sent is its sender's act (CODING.md section 3: the sender of a message,
 * the giver of a gift), so for such a clause the "from" side acts and the subject is the one acted on. The rules swap
 * the sides for the event nouns they know ({@link OwnersAndGivers}); this serves a clause coded without such a noun, as
 * the learned proposer codes a sentence by its root ("received a letter of thanks from Y": no letter row in the
 * lexicon). The verbs are {@code receiving-verbs} of word-lists.txt. A received party ("received a delegation from
 * Uganda") is a host's guest, not a thing sent: a clause whose object names a party has no senders here.
 */
final class ReceivedSenders {
    private static final Set<String> RECEIVING = EventWords.get("receiving-verbs");
    private static final String FROM = "from";

    private ReceivedSenders() {}

    /**
     * The parties that sent what verb {@code v} says its subject received: its "from" phrase, or the "from" phrase of
     * its object ("a letter from Y"); empty when {@code v} is no verb of receiving, its object is a party, or no sender
     * is named.
     */
    static List<Participant> of(Clause c, int v, ParticipantFinder parts) {
        if (v < 0 || !c.pos(v).startsWith("VB") || !RECEIVING.contains(c.lemma(v))) return List.of();
        List<Integer> objects = c.children(v, "obj");
        if (objects.isEmpty()) return List.of();
        List<Integer> froms = new ArrayList<>();
        for (int o : objects) {
            if (!parts.of(o).isEmpty()) return List.of();
            // with the things coordinated with it: "floral baskets and messages from Y"
            for (int x : Coordination.withConjuncts(c, o)) {
                for (int k : c.children(x, "nmod")) if (c.caseOf(k).equals(FROM)) froms.add(k);
            }
        }
        for (int k : c.children(v, "obl")) if (c.caseOf(k).equals(FROM)) froms.add(k);
        List<Participant> out = new ArrayList<>();
        for (int k : froms) Participants.addAll(out, parts.of(k));
        return out;
    }
}
