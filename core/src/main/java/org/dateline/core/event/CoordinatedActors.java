package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;

import org.dateline.model.CountryCodes;
import org.dateline.model.Entity;
import org.dateline.model.Participant;

/**
 * "Malian and French troops": English coordinates the nationalities, not the nouns, yet two armies act. A common actor
 * noun with coordinated nationalities is one actor of each country, each named by its own nationality and the noun,
 * so that neither side is lost to the first adjective.
 */
final class CoordinatedActors {
    private CoordinatedActors() {}

    /** The actors a common noun stands for: {@code common} alone unless its nationalities are coordinated. */
    static List<Participant> perNationality(Clause c, int h, Participant common) {
        List<Participant> out = new ArrayList<>();
        for (int m : c.children(h, "amod", "compound")) {
            for (int k : c.children(m, "conj")) {
                String country = countryAt(c, k);
                if (country == null || country.equals(common.country())) continue;
                if (out.isEmpty()) out.add(named(c, m, h, common.country(), common.sector()));
                Participants.addAll(out, List.of(named(c, k, h, country, common.sector())));
            }
        }
        return out.isEmpty() ? List.of(common) : out;
    }

    private static Participant named(Clause c, int modifier, int noun, String country, String sector) {
        return new Participant(c.tokens.get(modifier).word() + " " + c.tokens.get(noun).word(), country, sector);
    }

    /** The country an entity on the word belongs to, an international body's code left out; null when none. */
    private static String countryAt(Clause c, int k) {
        for (Entity e : c.entitiesAt(k)) if (CountryCodes.isState(e.country())) return e.country();
        return null;
    }
}
