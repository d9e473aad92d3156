package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dateline.model.CountryCodes;
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
    private static final Set<String> SITE_VISIT_VERBS = EventWords.get("site-visit-verbs");
    private static final Set<String> SIGHTSEEING_VERBS = EventWords.get("sightseeing-verbs");
    private static final Set<String> VISITOR_NOUNS = EventWords.get("visitor-nouns");

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
        // "toured the vegetable farm": what a sightseeing verb names is a site, not a host; only a state or a place
        // of one is visited by it ("toured Japan"), or the state visitors from abroad are guests of
        boolean sightseeing = !e.k.t().noun() && SIGHTSEEING_VERBS.contains(c.lemma(e.k.i()));
        for (int p : destinations(e.k)) {
            for (var en : c.entitiesAt(p)) {
                if (en.type() == EntityType.PERSON || en.type() == EntityType.ORGANIZATION) dest = sightseeing ? null : ctx.participant(en);
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
            if (dest == null && !sightseeing) dest = parts.of(p).stream().findFirst().orElse(null);
            if (dest != null) break;
        }
        // "arrived here", "left here for X" with no X: where the story is filed (its dateline, else its agency's home)
        if (dest == null && ARRIVAL_VERBS.contains(c.lemma(e.k.i()))
                && c.hasChildAmong(e.k.i(), HERE_WORDS, "advmod")) dest = ctx.here();
        if (dest == null && visitorsSawSite(e)) dest = ctx.here();
        // "the Czech delegation left here on Monday": a foreign party leaving ends its visit here (Departures)
        if (dest == null && !e.k.t().noun() && Departures.leavesHere(c, e.k.i())) dest = Departures.hostLeft(e.actors, ctx.here(), ctx.visitors.country());
        return dest;
    }

    /**
     * "A delegation of the Chinese ministry visited the Tower of the Juche Idea", "the guests toured a
     * factory": a site no state holds, seen by a party that came from elsewhere (a visitor noun of another state than
     * the one the story is filed in), lies in the state the story is filed in, whose guests they are. A leader of that
     * state seeing a site of his own is a domestic inspection and no visit; so is a party placed in no state.
     */
    private boolean visitorsSawSite(Coding e) {
        if (e.k.t().noun() || !SITE_VISIT_VERBS.contains(c.lemma(e.k.i())) || c.children(e.k.i(), "obj").isEmpty()) return false;
        Participant here = ctx.here();
        if (here == null) return false;
        if (e.subject < 0 || !VISITOR_NOUNS.contains(c.lemma(e.subject))) return false;
        // "a delegation led by X visited": the leader is taken as its actor later; the story says whose it is
        if (e.actors.isEmpty()) {
            String visitorsState = ctx.visitors.country();
            return CountryCodes.isState(visitorsState) && !visitorsState.equals(here.country());
        }
        boolean abroad = false;
        for (Participant a : e.actors) {
            if (a.country() == null) continue;
            if (a.country().equals(here.country())) return false;
            abroad |= CountryCodes.isState(a.country());
        }
        return abroad;
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
