package org.dateline.core.event;

import java.util.List;

import org.dateline.model.Participant;

/** Small helpers on participant lists: identity is the name, so "Lee" and "Lee Do-hoon" are one once resolved. */
final class Participants {
    private Participants() {}

    static boolean same(Participant a, Participant b) {
        return a.name() != null && a.name().equalsIgnoreCase(b.name());
    }

    static boolean contains(List<Participant> list, Participant p) {
        for (Participant q : list) if (same(p, q)) return true;
        return false;
    }

    static void addAll(List<Participant> to, List<Participant> from) {
        for (Participant p : from) if (!contains(to, p)) to.add(p);
    }

    static boolean overlap(List<Participant> a, List<Participant> b) {
        for (Participant p : a) if (contains(b, p)) return true;
        return false;
    }

    static boolean sameSet(List<Participant> a, List<Participant> b) {
        for (Participant p : a) if (!contains(b, p)) return false;
        for (Participant p : b) if (!contains(a, p)) return false;
        return true;
    }
}
