package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.core.language.Token;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * Arrivals and departures told with the subject last, the form of a wire service's daily bulletin of visitors:
 * "Arriving here on the same day were a delegation of A and the delegation of B", "Departing from here on Friday was
 * the delegation of C", "Also leaving here were ...". The gerund is parsed as the subject of a copula whose predicate
 * names the travellers, so no verb has them as its subject and the clause coder finds no visitor. Each visiting party
 * named (one per state, {@link SeparateVisitors}) made its own trip: a CONSULT 042 to the state the story is filed in,
 * dated by the sentence ("on the same day" is the day told before). An arrival here is a visit by any party from
 * another state; a departure from here only by a foreign party ({@link Departures}). A party of the story's own state
 * arriving home visits no one; leaving home, it visits each other state the "to" clause of its purpose names
 * ("Leaving here on Friday was the delegation of X to visit Russia": CODING.md question 128, as {@link TripsAbroad}
 * codes the same trip told in the plain order), and no one when that clause names none. A part of {@link EventCoder},
 * read after the clause coder.
 */
final class InvertedArrivals {
    private static final Set<String> ARRIVAL_VERBS = EventWords.get("arrival-verbs");
    private static final Set<String> LEAVING = EventWords.get("leaving-verbs");
    private static final Set<String> RETURNING = EventWords.get("returning-verbs");
    private static final Set<String> HOME_WORDS = EventWords.get("home-words");
    /** "were", "was": the copula of an inverted bulletin, as of an attendance list ({@link GuestLists}). */
    private static final Set<String> COPULAS = EventWords.get("attendance-copulas");
    private static final Set<String> VISITORS = EventWords.get("visitor-nouns");
    private static final Set<String> PURPOSE_MARKS = EventWords.get("trip-purpose-marks");

    private InvertedArrivals() {}

    /** Whether a sentence may tell an inverted arrival or departure: a gerund of moving and a form of "be". */
    static boolean mayHold(List<Token> tokens) {
        boolean moving = false;
        boolean be = false;
        for (Token t : tokens) {
            String lemma = TriggerLexicon.lemma(t);
            if (t.pos().equals("VBG") && (ARRIVAL_VERBS.contains(lemma) || LEAVING.contains(lemma) || RETURNING.contains(lemma))) moving = true;
            if (COPULAS.contains(t.word().toLowerCase(Locale.ROOT))) be = true;
        }
        return moving && be;
    }

    /** One visit per party the inverted bulletin names, unless the clause coder coded that party's visit already. */
    static List<Draft> of(Clause c, ArticleContext ctx, List<TimeExpression> timexes, List<Draft> told) {
        Participant here = ctx.here();
        if (here == null) return List.of();
        Map<Draft, Set<Integer>> anchorsOf = new LinkedHashMap<>();
        for (int g = 0; g < c.size(); g++) {
            int travellers = travellers(c, g);
            if (travellers < 0) continue;
            boolean arriving = ARRIVAL_VERBS.contains(c.lemma(g)) && !homeward(c, g);
            List<Participant> named = named(c, ctx, travellers);
            Set<Integer> words = new HashSet<>(c.subtree(g));
            words.add(travellers);
            for (List<Participant> party : SeparateVisitors.parties(named, List.of(here))) {
                if (visited(told, party)) continue;
                for (Participant host : hosts(c, ctx, g, travellers, party, arriving)) {
                    Draft d = Draft.at(c, g, EventType.CONSULT, CameoCodes.MAKE_VISIT);
                    d.mode = CameoTable.standard().modeOf(CameoCodes.MAKE_VISIT);
                    d.start = c.tokens.get(Math.min(g, travellers)).start();
                    d.end = c.tokens.get(c.subtree(travellers).get(c.subtree(travellers).size() - 1)).end();
                    d.actors.addAll(party);
                    d.recipients.add(host);
                    d.distinct = true; // each party's trip (to each host) is its own happening
                    d.confidence = 0.6;
                    anchorsOf.put(d, words);
                }
            }
        }
        return ClauseDates.dated(c, ctx, timexes, anchorsOf);
    }

    /**
     * Where one party's trip went: here for a party of another state arriving here or leaving here; for a home party
     * leaving here, each state its purpose names ("Leaving here was the delegation of X to visit Russia"); else none
     * (a home party arriving home, or leaving with no foreign host named).
     */
    private static List<Participant> hosts(Clause c, ArticleContext ctx, int g, int travellers, List<Participant> party,
                                           boolean arriving) {
        Participant here = ctx.here();
        Participant host = arriving ? arrivedFrom(party, here) : Departures.hostLeft(party, here, ctx.visitors.country());
        if (host != null) return List.of(host);
        if (arriving || !LEAVING.contains(c.lemma(g)) || !TripsAbroad.home(party, here, ctx.visitors.country())) return List.of();
        return purposeHosts(c, ctx, g, travellers, here);
    }

    /**
     * The states a home party's inverted departure names as its purpose ("Leaving here on Friday was the delegation of
     * X to visit the maritime territory of Russia"): the other states the places or names of a "to" clause on the
     * gerund or anywhere in the travellers' phrase hold ({@link TripsAbroad#hosts}), each once.
     */
    private static List<Participant> purposeHosts(Clause c, ArticleContext ctx, int g, int travellers, Participant here) {
        List<Participant> out = new ArrayList<>();
        Set<Integer> words = new java.util.TreeSet<>(c.subtree(g));
        words.addAll(c.subtree(travellers));
        for (int k : words) {
            // the parser may hang the clause on the party's leader or body ("headed by X to visit Y")
            if (c.relIs(k, "advcl", "xcomp", "acl") && c.pos(k).startsWith("VB") && TripsAbroad.markedBy(c, k, PURPOSE_MARKS)) {
                for (Participant p : TripsAbroad.hosts(c, ctx, k, here)) {
                    if (out.stream().noneMatch(o -> o.country().equals(p.country()))) out.add(p);
                }
            }
        }
        return out;
    }

    /**
     * The nominal naming who moved when word g is a gerund of arriving or leaving "here" that is the subject of a
     * copula ("arriving here was X": X is the predicate, with "was" as its copula); else -1.
     */
    private static int travellers(Clause c, int g) {
        if (!c.pos(g).equals("VBG")) return -1;
        String lemma = c.lemma(g);
        if (!ARRIVAL_VERBS.contains(lemma) && !LEAVING.contains(lemma) && !RETURNING.contains(lemma)) return -1;
        if (!c.relIs(g, "nsubj", "csubj", "dep")) return -1;
        if (!Departures.placedHere(c, g) && !homeward(c, g)) return -1;
        int h = c.head(g);
        if (h < 0 || !c.pos(h).startsWith("NN") && !c.pos(h).startsWith("PRP")) return -1;
        boolean copula = c.children(h, "cop").stream().anyMatch(k -> COPULAS.contains(c.lower(k)));
        return copula ? h : -1;
    }

    /**
     * The travellers the predicate names, its conjuncts included; also a visitor noun listed after a name inside it
     * ("the delegation of the Ghana society and a delegation of the Mexican party": the parser hangs the second
     * delegation on "society").
     */
    static List<Participant> named(Clause c, ArticleContext ctx, int travellers) {
        ParticipantFinder finder = new ParticipantFinder(c, ctx);
        List<Participant> out = new ArrayList<>(finder.of(travellers));
        for (int k : c.subtree(travellers)) {
            if (k == travellers || !c.relIs(k, "conj") || !VISITORS.contains(c.lemma(k))) continue;
            Participants.addAll(out, finder.of(k));
        }
        return out;
    }

    /**
     * "Going back home on the same day were X and Y", "returning home": a verb of going back whose goal is "home" is,
     * in a bulletin filed from the host's capital, a departure from here (a party of the host's own state going home
     * arrives here, and {@link Departures} leaves it out).
     */
    private static boolean homeward(Clause c, int g) {
        return RETURNING.contains(c.lemma(g)) && c.hasChildAmong(g, HOME_WORDS, "advmod", "obl", "obj");
    }

    /** The host of an arrival here: the state the story is filed in, when the party is placed in another. */
    private static Participant arrivedFrom(List<Participant> party, Participant here) {
        boolean abroad = false;
        for (Participant p : party) {
            if (here.country().equals(p.country())) return null;
            abroad |= p.country() != null;
        }
        return abroad ? here : null;
    }

    /** Whether the clause coder coded a visit of this party already (the same visitor among its actors). */
    private static boolean visited(List<Draft> told, List<Participant> party) {
        return told.stream().anyMatch(d -> d.type == EventType.CONSULT && Participants.overlap(d.actors, party));
    }
}
