package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;

/**
 * A named holder of a state's office the text gives no state ("Sen. Tom Carper", "prosecutor Jane Roe", "President
 * Herzog"), in a story set in one state, holds that state's office: a reader of a story about one country's politics
 * takes its senators, prosecutors and ministers for that country's, as news coders do. The state is the dateline's,
 * else the one the headline places the story in; for lawmakers and judges ({@code home-state-sectors}), as for
 * their common nouns, else the story's clear majority of states ({@link HomeState}), a cue too weak for other
 * offices (a story of British councillors on Gaza names Gaza most). A story with none leaves him unplaced. Only a
 * person's name ("Mr. Carper" too): an unnamed office ("the minister") is the common noun's to place
 * ({@link CommonNounActors}), and a body's name tells its own state.
 */
final class DomesticOffices {
    private static final Set<String> STATE_ORGANS = EventWords.get("state-organ-sectors");
    /** Organs of law, whose members the story's clear majority of states places when nothing else does. */
    private static final Set<String> HOME_STATE_ORGANS = EventWords.get("home-state-sectors");

    private DomesticOffices() {}

    /** The participants of nominal h, a named office holder the text left unplaced placed in the story's state. */
    static List<Participant> placed(List<Participant> found, Clause c, int h, ArticleContext ctx) {
        if (found == null || found.isEmpty() || h < 0 || !namesPerson(c, h)) return found;
        String placed = ctx.datelineCountry != null ? ctx.datelineCountry : ctx.settingCountry;
        List<Participant> out = new ArrayList<>(found.size());
        for (Participant p : found) {
            boolean office = p.country() == null && p.sector() != null && STATE_ORGANS.contains(p.sector());
            if (!office) {
                out.add(p);
                continue;
            }
            // a majority of mentions is a weak cue ("Labour council leaders ... on Gaza"): only for lawmakers and judges
            String home = placed != null ? placed : HOME_STATE_ORGANS.contains(p.sector()) ? ctx.homeState : null;
            out.add(home != null ? new Participant(p.name(), home, p.sector()) : p);
        }
        return out;
    }

    /** Whether the nominal's head word is a person's name. */
    private static boolean namesPerson(Clause c, int h) {
        for (Entity e : c.entitiesAt(h)) if (e.type() == EntityType.PERSON && e.canonical() != null) return true;
        return c.pos(h).startsWith("NNP") && "PERSON".equals(c.tokens.get(h).ner());
    }
}
