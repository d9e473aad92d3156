package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.model.EventType;
import org.dateline.model.Participant;

/**
 * A leader or minister who convenes, meets or talks with his own state's staff, named by no name, holds a working
 * meeting at home, no consultation between parties: "the premier convened a working meeting of officials concerned",
 * "the minister discussed with officials the matters arising in production", "he met its officials and specified
 * ways to improve". The hand-coding conventions code no domestic meeting or inspection with no counterpart
 * (CODING.md section 7), and CAMEO's consultations are between actors that can be told apart.
 *
 * <p>The test: a CONSULT event one of whose sides is only common nouns of staff ({@code own-staff-nouns}, with the
 * determiners and modifiers of {@code own-staff-fillers}: "its officials", "officials concerned") placed in the
 * other side's state or in none, while that other side is of one known state. A meeting with another state's
 * officials ("met Chinese officials", "officials of the Indian embassy"), with a named person or body ("met the
 * governor", "met officials of the Ministry of Trade" named by the ministry), or among named people of one state
 * stays an event.
 */
final class OwnStaffMeetings {
    private static final Set<String> STAFF = EventWords.get("own-staff-nouns");
    private static final Set<String> FILLERS = EventWords.get("own-staff-fillers");

    private OwnStaffMeetings() {}

    /** Whether the coded meeting is one state's party meeting its own unnamed staff. */
    static boolean withOwnStaff(Coding e) {
        return e.type == EventType.CONSULT && withOwnStaff(e.actors, e.others);
    }

    /** Whether these sides are a party of one state and unnamed staff of that state (or of none). */
    static boolean withOwnStaff(List<Participant> actors, List<Participant> others) {
        List<Participant> all = new ArrayList<>(actors);
        all.addAll(others);
        List<Participant> staff = all.stream().filter(OwnStaffMeetings::isUnnamedStaff).toList();
        List<Participant> named = all.stream().filter(p -> !isUnnamedStaff(p)).toList();
        if (staff.isEmpty() || named.isEmpty()) return false;
        String home = named.get(0).country();
        if (home == null) return false;
        for (Participant p : named) if (!home.equals(p.country())) return false;
        for (Participant p : staff) if (p.country() != null && !home.equals(p.country())) return false;
        return true;
    }

    /** "officials", "its officials", "officials concerned": staff nouns and fillers only, at least one staff noun. */
    static boolean isUnnamedStaff(Participant p) {
        if (p.name() == null) return false;
        boolean staff = false;
        for (String w : p.name().toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (STAFF.contains(w)) staff = true;
            else if (!FILLERS.contains(w)) return false;
        }
        return staff;
    }
}
