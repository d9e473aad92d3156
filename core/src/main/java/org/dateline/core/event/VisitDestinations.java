package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dateline.model.EntityType;
import org.dateline.model.Participant;

/**
 * Where a visit goes, as the other side of the visit: the country, person or body its preposition or object names
 * ("left for Beijing", "paid a visit to the embassy", "visited Laos"), the country of a place or of "the Chinese
 * capital", or where the story is filed for "arrived here".
 */
final class VisitDestinations {
    private static final Set<String> VISIT_PREPS = EventWords.get("visit-cases");
    private static final Set<String> HERE_WORDS = EventWords.get("here-words");
    private static final Set<String> ARRIVAL_VERBS = EventWords.get("arrival-verbs");

    private final Clause c;
    private final ArticleContext ctx;
    private final ParticipantFinder parts;

    VisitDestinations(Clause c, ArticleContext ctx, ParticipantFinder parts) {
        this.c = c;
        this.ctx = ctx;
        this.parts = parts;
    }

    /** The country, person or body a visit goes to; a place in a country counts as the country, and is the place. */
    Participant destination(Coding e) {
        Participant dest = null;
        for (int p : destinations(e.k)) {
            for (var en : c.entitiesAt(p)) {
                if (en.type() == EntityType.PERSON || en.type() == EntityType.ORGANIZATION) dest = ctx.participant(en);
                else if (ctx.isCountryName(en) || en.type() == EntityType.COUNTRY) dest = ctx.participant(en);
                else if (en.type() == EntityType.LOCATION) {
                    dest = ctx.countryOf(en);
                    e.place = en.canonical();
                }
                if (dest != null) break;
            }
            // "visit the Chinese capital": the capital of the country its adjective names
            if (dest == null && c.lemma(p).equals("capital")) {
                for (int m : c.children(p, "amod", "compound", "nmod:poss")) {
                    for (var en : c.entitiesAt(m)) if (dest == null) dest = ctx.countryOf(en);
                }
            }
            // "paid a courtesy visit to the Chinese embassy", "visited the Chinese embassy": the people it stands for
            if (dest == null) dest = parts.of(p).stream().findFirst().orElse(null);
            if (dest != null) break;
        }
        // "arrived here", "left here for X" with no X: where the story is filed (its dateline, else its agency's home)
        if (dest == null && ARRIVAL_VERBS.contains(c.lemma(e.k.i()))
                && c.children(e.k.i(), "advmod").stream().anyMatch(k -> HERE_WORDS.contains(c.lower(k)))) dest = ctx.here();
        return dest;
    }

    /**
     * Where a visit goes: the oblique of its preposition ("left for X", "flew to X", "paid a courtesy call on X"), also
     * on the light verb of a visit noun ("paid a visit to X"), or its object ("visited X").
     */
    private List<Integer> destinations(Cand k) {
        List<Integer> out = new ArrayList<>();
        List<Integer> obliques = new ArrayList<>(c.children(k.i(), "obl", "nmod"));
        if (k.t().noun() && k.light() >= 0) obliques.addAll(c.children(k.light(), "obl"));
        for (int p : obliques) {
            // a row naming its own prepositions names where its visit goes ("paid a courtesy call on X", "called at
            // the embassy"); else the prepositions of travel
            if (k.t().preps().isEmpty() ? VISIT_PREPS.contains(c.caseOf(p)) : k.t().preps().contains(c.caseOf(p))) out.add(p);
        }
        out.addAll(c.children(k.i(), "obj"));
        return out;
    }
}
