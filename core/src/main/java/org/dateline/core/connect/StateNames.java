package org.dateline.core.connect;

import org.dateline.core.language.Gazetteer;
import org.dateline.core.language.GazetteerEntry;
import org.dateline.model.Participant;

/**
 * One name for a state, whichever of its names a report uses: "the Russian Federation" and "Russia", "the DPRK" and
 * "North Korea". A state is a key participant of a symmetric event ("his visit to Russia"), so two reports of one
 * visit that name the host differently would otherwise hold different keys and never meet. The state's names are the
 * language layer's ({@link Gazetteer}: a country's name and its aliases); only a participant that is wholly such a
 * name, coded as that state, is renamed, so a body named after its state ("the Russian Academy of Sciences") or a
 * state the events stage coded otherwise keeps its name.
 */
final class StateNames {
    private StateNames() {}

    /** The code of the state a place is wholly a name of ("North Korea", "the DPRK"), or null. */
    static String codeOf(String place) {
        GazetteerEntry e = state(place);
        return e == null ? null : e.country();
    }

    private static GazetteerEntry state(String name) {
        String bare = name.strip();
        if (bare.length() > 4 && bare.regionMatches(true, 0, "the ", 0, 4)) bare = bare.substring(4);
        for (GazetteerEntry e : Gazetteer.standard().wholly(bare)) {
            if (e.kind() == GazetteerEntry.Kind.COUNTRY && e.canonical() != null) return e;
        }
        return null;
    }

    /** The state's one name when the participant is wholly a name of the state it is coded as; else its own name. */
    static String of(Participant p) {
        String name = p.name();
        if (name == null || p.country() == null) return name;
        GazetteerEntry e = state(name);
        return e != null && p.country().equals(e.country()) ? e.canonical() : name;
    }
}
