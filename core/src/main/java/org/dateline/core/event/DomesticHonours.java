package org.dateline.core.event;

import java.util.HashSet;
import java.util.Set;

import org.dateline.model.CountryCodes;
import org.dateline.model.Participant;

/**
 * A ceremony of honour a country holds among its own is no event between parties: "the president of Cuba laid a
 * wreath at the monument to the heroes of Cuba on independence day", "the premier sent a wreath to the bier of a
 * professor", "officials and working people paid homage to the late leader", "he congratulated the workers of the
 * mill on the holiday". A wreath, a tribute or a congratulation sent abroad, or brought by a foreign delegation, is
 * one state's courtesy to another and stays a SUPPORT event; one that no party of another state takes part in is a
 * country's own ritual, as news of a parade or a holiday is.
 *
 * <p>The test: a trigger of honour ({@code honouring-triggers}: wreath, floral basket, tribute, homage, congratulate)
 * whose placed participants, actors and recipients alike, are all of one state, the state the story is set in
 * ({@link HomeState}). A story with no clear home state, or a ceremony with no placed participant, is left alone.
 */
final class DomesticHonours {
    private static final Set<String> HONOURS = EventWords.get("honouring-triggers");

    private final Clause c;
    private final String home;

    DomesticHonours(Clause c, String homeState) {
        this.c = c;
        this.home = homeState;
    }

    /** Whether the honour of the trigger word i is paid among the home state's own. */
    boolean amongOwn(int i, Coding e) {
        if (home == null || i < 0 || !HONOURS.contains(c.lemma(i))) return false;
        Set<String> states = new HashSet<>();
        for (Participant p : e.actors) if (CountryCodes.isState(p.country())) states.add(p.country());
        for (Participant p : e.others) if (CountryCodes.isState(p.country())) states.add(p.country());
        return states.equals(Set.of(home));
    }
}
