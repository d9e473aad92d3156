package org.dateline.core.event;

import java.util.Set;

/**
 * Advice given to no one in particular is an opinion, no request: "the association recommends the 20-20-20 rule",
 * "the professor recommends standing every half hour", "a large study suggests eating more fibre". Guides, reviews
 * and health pages are full of it, and the verbs of advice ({@code advice-verbs}: recommend, suggest, advise) are the
 * ones news uses for an appeal. PLOVER codes a request made of someone ("advised the minister to resign", "recommended
 * to the council that it close the plant"); an unaddressed one is no event, as an unaddressed opinion is not.
 *
 * <p>The test is on the parties the clause gives: a verb of advice whose clause names no one it is made to is left
 * uncoded, before any counterpart of earlier sentences is lent to it.
 */
final class UnaddressedAdvice {
    private static final Set<String> ADVICE = EventWords.get("advice-verbs");

    private final Clause c;

    UnaddressedAdvice(Clause c) {
        this.c = c;
    }

    /** Whether the verb v is a verb of advice and the event names no one the advice is made to. */
    boolean toNoOne(int v, Coding e) {
        return v >= 0 && c.pos(v).startsWith("VB") && ADVICE.contains(c.lemma(v)) && e.others.isEmpty();
    }
}
