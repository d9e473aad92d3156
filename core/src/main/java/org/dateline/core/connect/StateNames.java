package org.dateline.core.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
    private static final Set<String> GOVERNMENT_HEADS = ConnectWords.get("state-government-heads");

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

    /**
     * The state's one name when the participant is wholly a name of the state it is coded as, or that state's
     * government called by the state's adjective ({@link #governmentOf}); else its own name.
     */
    static String of(Participant p) {
        String name = p.name();
        if (name == null || p.country() == null) return name;
        GazetteerEntry e = state(name);
        if (e != null && p.country().equals(e.country())) return e.canonical();
        String government = governmentOf(name, p.country());
        return government != null ? government : name;
    }

    /**
     * The state's one name when a name is its government called by the state's adjective, with only lower-case words
     * of judgement between ({@code state-government-heads}): "the south Korean regime", "the south Korean
     * anti-reunification conservative regime". The agency names the one government in a new phrase each story, so two
     * reports of one arrest would hold different keys. A capitalised word between ("the South Korean Workers' Party
     * government") names a body of its own; a head that is no government ("the south Korean people") is no state; and
     * a government called by the state's name ("the DPRK government hosted a reception") is named as the body that
     * acts, which a report of its minister's talks does not stand in for. Null then.
     */
    static String governmentOf(String name, String country) {
        List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
        if (words.size() > 1 && words.get(0).equalsIgnoreCase("the")) words.remove(0);
        if (words.size() < 2 || !GOVERNMENT_HEADS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) return null;
        for (int cut = words.size() - 1; cut >= 1; cut--) {
            String adjective = String.join(" ", words.subList(0, cut));
            for (GazetteerEntry e : Gazetteer.standard().wholly(adjective)) {
                if (e.kind() != GazetteerEntry.Kind.DEMONYM || !country.equals(e.country()) || e.canonical() == null) continue;
                if (judgementOnly(words.subList(cut, words.size() - 1))) return e.canonical();
            }
        }
        return null;
    }

    /** True when the words are all lower case: words of judgement ("puppet", "conservative"), not a name. */
    private static boolean judgementOnly(List<String> words) {
        for (String w : words) if (!w.equals(w.toLowerCase(Locale.ROOT))) return false;
        return true;
    }
}
