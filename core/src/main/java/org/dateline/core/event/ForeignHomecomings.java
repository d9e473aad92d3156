package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * Visiting parties of other states going back home, told in the story filed from the state they visited: "The
 * delegation of the Thai party and the Russian delegation of Ulan-Ude City went back home on Monday", "The Chinese
 * government delegation returned home on Friday". Going home from here is leaving here ({@link Departures}): it ends
 * a visit here, and the wire bulletin tells that visit by it (CODING.md question 129: a departure dates the visit). So
 * each visiting party the subject names ({@link SeparateVisitors}: one per state) made its own CONSULT 042 to the state
 * the story is filed in, dated by the day it went. A party of the home state coming back home made a trip abroad
 * ({@link TripsAbroad}) and visited no one here; a party the text places in no state, in a story that tells of no
 * foreign visitors, is nobody's guest here. Only a party of travellers goes home from a visit: the subject must be a
 * visitor noun ("delegation", "troupe", {@code visitor-nouns}) or a named person; "Chinese students returned home" or
 * "the workers went home" tells no visit. A verb with a modal, a negation or no past tense is a plan, no visit made.
 * A part of {@link EventCoder}, read after the clause coder.
 */
final class ForeignHomecomings {
    private static final Set<String> VISITORS = EventWords.get("visitor-nouns");

    private ForeignHomecomings() {}

    /** One visit to the state the story is filed in per foreign party going back home, unless one is coded already. */
    static List<Draft> of(Clause c, ArticleContext ctx, List<TimeExpression> timexes, List<Draft> told) {
        Participant here = ctx.here();
        if (here == null || here.country() == null) return List.of();
        Map<Draft, Set<Integer>> anchorsOf = new LinkedHashMap<>();
        for (int v = 0; v < c.size(); v++) {
            if (!TripsAbroad.cameHome(c, v) || !TripsAbroad.made(c, v)) continue;
            List<Participant> named = new ArrayList<>();
            for (int s : c.subjects(v)) if (travellers(c, s)) Participants.addAll(named, InvertedArrivals.named(c, ctx, s));
            for (List<Participant> party : SeparateVisitors.parties(named, List.of(here))) {
                if (Departures.hostLeft(party, here, ctx.visitors.country()) == null || visited(told, party, here)) continue;
                Draft d = Draft.at(c, v, EventType.CONSULT, CameoCodes.MAKE_VISIT);
                d.mode = CameoTable.standard().modeOf(CameoCodes.MAKE_VISIT);
                List<Integer> words = c.subtree(v);
                d.start = c.tokens.get(words.get(0)).start();
                d.end = c.tokens.get(v).end();
                for (int k : c.children(v, "advmod", "obl", "obj", "compound:prt")) {
                    d.end = Math.max(d.end, c.tokens.get(c.subtree(k).get(c.subtree(k).size() - 1)).end());
                }
                d.actors.addAll(party);
                d.recipients.add(here);
                d.distinct = true; // each party's trip is its own happening
                d.confidence = 0.6;
                anchorsOf.put(d, new HashSet<>(List.of(v)));
            }
        }
        return ClauseDates.dated(c, ctx, timexes, anchorsOf);
    }

    /**
     * Whether subject s names travellers: a visitor noun, or a named person, or a coordination of them ("the Thai
     * delegation and the Russian delegation", "X and his party").
     */
    private static boolean travellers(Clause c, int s) {
        if (VISITORS.contains(c.lemma(s)) || c.entitiesAt(s).stream().anyMatch(e -> e.type() == org.dateline.model.EntityType.PERSON)) {
            return true;
        }
        return c.subtree(s).stream().anyMatch(k -> c.relIs(k, "conj") && VISITORS.contains(c.lemma(k)));
    }

    /** Whether a visit of this party to the host is coded already. */
    private static boolean visited(List<Draft> told, List<Participant> party, Participant here) {
        return told.stream().anyMatch(d -> d.type == EventType.CONSULT && Participants.overlap(d.actors, party)
                && d.recipients.stream().anyMatch(r -> here.country().equals(r.country())));
    }
}
