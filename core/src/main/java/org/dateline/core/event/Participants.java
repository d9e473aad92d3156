package org.dateline.core.event;

import java.util.List;
import java.util.Set;

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

    /**
     * Whether the two lists hold one party under one name placed in two different countries: "the president" of a
     * Mexican committee and "the president" of a French association, each named by his title alone, are two people.
     * A name with no country on one side clashes with nothing.
     */
    static boolean countriesClash(List<Participant> a, List<Participant> b) {
        for (Participant p : a) {
            if (p.country() == null) continue;
            for (Participant q : b)
                if (same(p, q) && q.country() != null && !q.country().equals(p.country())) return true;
        }
        return false;
    }

    /**
     * Whether a party of one list and a party of the other are placed in one country, leaving out the countries in
     * except (a doer's own country, which tells no receiving side from another): "the Syrian army" and "Damascus"
     * are one side abroad, the shipyard workers and the founder of the speaker's own country are not.
     */
    static boolean shareCountry(List<Participant> a, List<Participant> b, Set<String> except) {
        for (Participant p : a) {
            if (p.country() == null || except.contains(p.country())) continue;
            for (Participant q : b) if (p.country().equals(q.country())) return true;
        }
        return false;
    }

    static boolean sameSet(List<Participant> a, List<Participant> b) {
        for (Participant p : a) if (!contains(b, p)) return false;
        for (Participant p : b) if (!contains(a, p)) return false;
        return true;
    }
}
