package org.dateline.core.event;

import java.util.List;
import java.util.Set;

import org.dateline.core.language.BodySectors;
import org.dateline.model.CountryCodes;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;
import org.dateline.model.Sector;

/**
 * A body whose own name holds a state's word: "the Brazilian Centre for the Study of X", "the Guinean Society for
 * Peace", "the Nepalese Association of Y". NER often misses such a name and tags only the state's word in it, and the
 * nominal then read as the state itself (Brazil, GOV), the commonest wrong actor of the civic bodies the conventions
 * code CVL (CODING.md section 3). The words are the body's name when every word of the nominal's core is capitalised
 * and the name, read on through its "for" or "of" phrase ({@link BodySeats#readOn}), gives a sector of its own
 * ({@link BodySectors#ofActor}: a society, a school, a paper, a party, an army) other than a state's organ: the body
 * acts, placed in the state its word names. "The Brazilian Ministry of Defence" (GOV) and "the Brazilian delegation"
 * (no name) are left to the rules that read them as the state.
 */
final class StateNamedBodies {
    /** Entity types whose country a body's name may carry: "Brazilian", "Brazil", "Korea" in "the Brazil-Korea X". */
    private static final Set<EntityType> STATE_WORDS = Set.of(EntityType.NATIONALITY, EntityType.COUNTRY, EntityType.LOCATION);

    private StateNamedBodies() {}

    /**
     * The body the nominal headed by h names, when its core (the tokens {@code core}, in order) is a capitalised name
     * holding the state's word {@code inCore}; else null.
     */
    static Participant of(Clause c, int h, List<Integer> core, Entity inCore, String body) {
        if (inCore == null || !STATE_WORDS.contains(inCore.type()) || !CountryCodes.isState(inCore.country())) return null;
        if (c.entitiesAt(h).contains(inCore) || !capitalised(c, h) || !c.pos(h).startsWith("NN")) return null;
        int first = -1;
        for (int i : core) {
            if (i > h) return null; // the head ends the name: "the Brazilian Centre" not "Centre Brazilians"
            if (c.relIs(i, "det") || c.pos(i).equals("HYPH") || c.pos(i).equals("POS")) continue;
            if (!capitalised(c, i)) return null; // "the Brazilian study centre" is a description, not a name
            if (first < 0) first = i;
        }
        if (first < 0 || first == h) return null;
        String name = c.text(core.subList(core.indexOf(first), core.indexOf(h) + 1), body);
        name = BodySeats.readOn(name, c.tokens.get(h).end(), body);
        String sector = BodySectors.ofActor(name);
        if (sector == null || Sector.GOV.is(sector)) return null;
        return new Participant(name, inCore.country(), sector);
    }

    private static boolean capitalised(Clause c, int i) {
        String w = c.tokens.get(i).word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }
}
