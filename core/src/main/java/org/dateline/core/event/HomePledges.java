package org.dateline.core.event;

import java.util.Set;

import org.dateline.model.EventType;
import org.dateline.model.Participant;

/**
 * A pledge a country's own people make at home, to no one, is a resolve, no agreement between parties: "the workers
 * of the province will resolutely defend the authority of the leadership", "the delegates pledged themselves to keep
 * the statues in mind forever", "young graduates volunteered to work at the coal mines". The hand-coding conventions
 * code no domestic exhortation or celebration with no counterpart (CODING.md section 7), and an intent with no one it
 * is made to or shared with is not the AGREE of the CAMEO table, which is an intent towards another party.
 *
 * <p>The test: an AGREE event whose actors are all people at large of the story's home state ({@link HomeState}):
 * every actor placed in that state and of a sector of the populace ({@code populace-sectors}: civic groups, workers,
 * schools, churches), none an official or a state organ; and whose other side, if any, is of that state too (its
 * leaders, "the building of a prosperous Laos"). A pledge to a party of another state ("pledged support to the Cuban
 * people"), one shared with another party ("the two parties pledged to expand exchanges"), a government's pledge, and
 * a pledge of people abroad stay events. A story with no clear home state is left alone.
 */
final class HomePledges {
    private static final Set<String> POPULACE = EventWords.get("populace-sectors");

    private final String home;

    HomePledges(String homeState) {
        this.home = homeState;
    }

    /** Whether the coded AGREE is a pledge of the home state's own people made to no one outside it. */
    boolean ownPeople(Coding e) {
        if (home == null || e.type != EventType.AGREE || e.actors.isEmpty()) return false;
        for (Participant p : e.actors) {
            if (!home.equals(p.country()) || p.sector() == null || !POPULACE.contains(p.sector())) return false;
        }
        // "pledged to guarantee the building of a prosperous Laos": the own state or its leaders are no other side
        return e.others.stream().allMatch(p -> home.equals(p.country()));
    }
}
