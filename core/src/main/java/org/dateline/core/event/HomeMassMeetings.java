package org.dateline.core.event;

import java.util.Set;

import org.dateline.model.EventType;
import org.dateline.model.Participant;

/**
 * A mass meeting of a country's own people at home is a gathering of one side, no meeting between parties: "soldiers
 * and people of two provinces met on Saturday to vow to punish the traitors", "workers and students of the city met
 * to denounce the sanctions". CONSULT's 040 is a meeting or talk between parties; people at large of one state
 * gathering among themselves meet no one (CODING.md section 7: domestic gatherings and exhortations with no
 * counterpart are no events). What such a gathering says or vows against another party is coded by its own words.
 *
 * <p>The test: a meeting told by an encounter word ({@code encounter-words}: "met", "a meeting") whose actors are
 * placed in the story's home state ({@link HomeState}) or the state it is filed in, and of a sector of the people at large or their forces
 * ({@code mass-meeting-sectors}: civic groups, workers, schools, churches, soldiers), with no other side; a conjunct
 * the text gives no state or no sector ("servicepersons and people in two provinces of X") goes with one that has both. A meeting
 * with a foreign party ("met the visiting delegation"), between officials or bodies of the state, or of people abroad
 * stays an event; a story with no clear home state is left alone.
 */
final class HomeMassMeetings {
    private static final Set<String> MASS = EventWords.get("mass-meeting-sectors");
    private static final Set<String> ENCOUNTER = EventWords.get("encounter-words");

    private final String home;
    private final String filedIn;

    /** The story's home state ({@link HomeState}) and the state it is filed in (its dateline's, else its agency's home). */
    HomeMassMeetings(String homeState, Participant here) {
        this.home = homeState;
        this.filedIn = here == null ? null : here.country();
    }

    /** Whether the coded meeting is the home state's own people gathered among themselves. */
    boolean ownPeople(Coding e) {
        if (home == null && filedIn == null || e.type != EventType.CONSULT || !CameoCodes.CONSULT.equals(e.code) || e.actors.isEmpty()
                || !e.others.isEmpty() || !ENCOUNTER.contains(e.k.t().lemma())) return false;
        boolean people = false;
        for (Participant p : e.actors) {
            if (p.country() != null && !ownState(p.country())) return false;
            if (p.sector() != null && !MASS.contains(p.sector())) return false;
            // "servicepersons and people in two provinces of X": a conjunct left with no state or sector goes with the rest
            people |= p.country() != null && p.sector() != null;
        }
        return people;
    }

    private boolean ownState(String country) {
        return country != null && (country.equals(home) || country.equals(filedIn));
    }
}
