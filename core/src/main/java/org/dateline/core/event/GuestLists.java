package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.core.language.Token;
import org.dateline.model.Participant;

/**
 * The guests of a hosting told in the sentence after it. Protocol reports name the host and the occasion
 * in one sentence and the guests in the next ("The ambassador gave a reception on Monday. Present there on invitation
 * were officials of the Foreign Ministry and ..."): the hosting's clause alone has no other side, and a hosting
 * needs one. A sentence opening with an attendance word (attendance-openers) names, after its copula
 * (attendance-copulas), the guests of the hosting just before it.
 */
final class GuestLists {
    private static final Set<String> OPENERS = EventWords.get("attendance-openers");
    private static final Set<String> COPULAS = EventWords.get("attendance-copulas");
    /** How far into the sentence its copula may come ("Present at the banquet given by the embassy were"). */
    private static final int MAX_COPULA = 12;

    private GuestLists() {}

    /** The copula's index when the sentence is an attendance list, else -1. */
    static int copula(List<Token> tokens) {
        if (tokens.isEmpty() || !OPENERS.contains(tokens.get(0).word().toLowerCase(Locale.ROOT))) return -1;
        for (int i = 1; i < Math.min(tokens.size() - 1, MAX_COPULA); i++) {
            if (COPULAS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) return i;
        }
        return -1;
    }

    /**
     * The participants an attendance list names: each phrase after the copula whose head word lies outside the
     * list (the listed names and their conjuncts), as the participant finder reads them.
     */
    static List<Participant> guests(Clause c, int copula, ArticleContext ctx) {
        ParticipantFinder parts = new ParticipantFinder(c, ctx);
        List<Participant> out = new ArrayList<>();
        for (int i = copula + 1; i < c.tokens.size(); i++) {
            int h = c.head(i);
            if (h >= 0 && h > copula) continue;
            Participants.addAll(out, parts.of(i));
        }
        return out;
    }
}
