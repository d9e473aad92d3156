package org.dateline.core.quote;

import java.util.List;

import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;

/**
 * A body named last in a speaker's title, right before the comma that closes the apposition and the verb of saying,
 * is whose the title is, not who speaks: "X, chairman of the Society for the Study of the Idea and Songun Politics,
 * noted that ...". The nearest name before the verb is then the body (or its last conjunct), which would give the
 * chairman's words to it. The speaker is the person the apposition opens with, as for a state closing it
 * ({@link StateInApposition}).
 */
final class BodyInApposition {
    private BodyInApposition() {}

    /**
     * The person who opens the apposition that {@code body} closes right before verb {@code k}, or null when the body
     * does not close one or no person opens it.
     */
    static String speaker(QuoteFinder f, Sentence s, Entity body, int k) {
        if (body.type() != EntityType.ORGANIZATION || k < 1) return null;
        List<Token> ts = s.tokens();
        Token comma = ts.get(k - 1);
        if (!comma.word().equals(",") || !f.body().substring(body.end(), comma.start()).isBlank()) return null;
        return StateInApposition.speaker(f, s, body);
    }
}
