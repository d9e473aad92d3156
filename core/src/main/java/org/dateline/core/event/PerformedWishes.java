package org.dateline.core.event;

import java.util.Set;

/**
 * "I want to thank the American people", "we would like to congratulate the team": a speaker who says, in the present, that
 * he wants to thank, congratulate or apologize ({@code performed-by-saying-verbs}) does it by saying so; the wish is
 * the act, not a hope. Not in the past ("he wanted to thank them" tells a wish), nor of a third person ("they want to
 * thank him" reports one).
 */
final class PerformedWishes {
    private static final Set<String> DESIRING = EventWords.get("desire-verbs");
    private static final Set<String> PERFORMED = EventWords.get("performed-by-saying-verbs");
    private static final Set<String> SPEAKERS = EventWords.get("speaker-subject-pronouns");
    private static final Set<String> POLITE = EventWords.get("polite-wish-verbs");
    private static final Set<String> CONDITIONAL = EventWords.get("polite-wish-modals");

    private PerformedWishes() {}

    /** Whether verb {@code wish} is a speaker's present "want" whose open complement is an act done by saying it. */
    static boolean performs(Clause c, int wish) {
        if (wish < 0) return false;
        boolean present = DESIRING.contains(c.lemma(wish)) && c.pos(wish).equals("VBP") && c.children(wish, "aux").isEmpty();
        // "we would like to thank": the polite conditional of a wish is said now as well
        boolean polite = POLITE.contains(c.lemma(wish))
                && c.children(wish, "aux").stream().anyMatch(a -> CONDITIONAL.contains(c.lower(a)));
        if (!present && !polite) return false;
        if (c.children(wish, "xcomp").stream().noneMatch(x -> PERFORMED.contains(c.lemma(x)))) return false;
        return c.childrenExact(wish, "nsubj").stream().anyMatch(s -> SPEAKERS.contains(c.lower(s)));
    }
}
