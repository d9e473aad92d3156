package org.dateline.core.quote;

import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;

/**
 * A state named last in an apposition before a speech verb is where the speaker is from, not the speaker: "Lai Xin,
 * director of the Kai Lun Trading Company, China, said that ..." and "Ana Velis, a teacher living in Tarvo City,
 * Velmar, told reporters that ...". Agencies close a visitor's apposition with the state, and the nearest name
 * before the verb is then that state, which would file the visitor's words among the government's. The speaker is
 * the person the apposition opens with: the first person named in the sentence and followed by a comma.
 */
final class StateInApposition {
    private StateInApposition() {}

    /**
     * The speaker of a verb whose nearest name before it is {@code state}, set off by commas: the person who opens
     * the apposition, or null when no person does (then nobody named is sure to have spoken).
     */
    static String speaker(QuoteFinder f, Sentence s, Entity state) {
        Entity previous = null;
        for (Token t : s.tokens()) {
            if (t.start() >= state.start()) break;
            if (f.inQuote(t.start())) return null;
            if (t.word().equals(",") && previous != null && previous.type() == EntityType.PERSON
                    && previous.end() <= t.start() && onlySpaceBetween(f.body(), previous.end(), t.start())) {
                return f.speaker(previous);
            }
            Entity e = f.entityAt(t.start());
            if (e != null) previous = e;
        }
        return null;
    }

    private static boolean onlySpaceBetween(String body, int from, int to) {
        return body.substring(from, to).isBlank();
    }
}
