package org.dateline.core.connect;

import java.util.HashSet;
import java.util.Set;

import org.dateline.core.language.Gazetteer;
import org.dateline.core.language.GazetteerEntry;
import org.dateline.model.Participant;

/**
 * Tells a name word that is the capital of a participant's own state ("Beijing" in a report of the Chinese foreign
 * minister's talks, "Pyongyang" in the North's). Its ministers and envoys meet there month after month, so the word
 * names no occasion: a talk with a delegation in November and a talk with a chargé d'affaires in December both
 * happened "in Beijing". A place away from home ("the summit in Ulan-Ude", "the talks in Korvasa" between two other
 * states) still does.
 */
final class HomeCapitals {
    private HomeCapitals() {}

    /** The states of a report's actors and recipients. */
    static Set<String> states(EventMention m) {
        Set<String> out = new HashSet<>();
        for (Participant p : m.event().actors()) if (p.country() != null) out.add(p.country());
        for (Participant p : m.event().recipients()) if (p.country() != null) out.add(p.country());
        return out;
    }

    /** True when a word, as written, is the whole name of the capital of one of these states. */
    static boolean isHome(String word, Set<String> states) {
        if (states.isEmpty()) return false;
        for (GazetteerEntry e : Gazetteer.standard().wholly(word)) {
            if (e.kind() == GazetteerEntry.Kind.CAPITAL && states.contains(e.country())) return true;
        }
        return false;
    }
}
