package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.core.language.Token;
import org.dateline.model.CountryCodes;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * A party of the state the story is filed in, going abroad, told by where it left from or came back to, with the
 * host named only in the clause that says why: "The minister and his party left here on Friday to attend the congress
 * in Lima", "The delegation came back home on Tuesday after taking part in the meeting held in Hanoi". The verb names
 * no destination ("left here", "came back home"), so the clause coder finds no host; the purpose clause ("to attend X
 * in Lima") or the clause of what was done ("after visiting Peru and Chile") names the state the trip went to. Each
 * host state named is one trip (CODING.md question 128: a trip told by its return is one CONSULT 042 per host named;
 * question 129: a departure dates the visit). A departure dates the visit by its day; a return is the trip's end,
 * and the visit takes no date from it. A place of the home state is no trip abroad (a meeting at home, section 7); a
 * verb with a modal, a negation or no past tense is a plan, not a trip made. A part of {@link EventCoder}, read after
 * the clause coder.
 */
final class TripsAbroad {
    private static final Set<String> LEAVING = EventWords.get("leaving-verbs");
    private static final Set<String> HOMECOMING = EventWords.get("homecoming-verbs");
    private static final Set<String> HOME_WORDS = EventWords.get("home-words");
    private static final Set<String> HERE_WORDS = EventWords.get("here-words");
    private static final Set<String> PURPOSE_MARKS = EventWords.get("trip-purpose-marks");
    private static final Set<String> DONE_MARKS = EventWords.get("trip-done-marks");

    private TripsAbroad() {}

    /** Whether a sentence may tell one: a verb of leaving or coming home, and "here" or "home". */
    static boolean mayHold(List<Token> tokens) {
        boolean moving = false;
        boolean place = false;
        for (Token t : tokens) {
            String lemma = TriggerLexicon.lemma(t);
            String word = t.word().toLowerCase(Locale.ROOT);
            if (t.pos().startsWith("VB") && (LEAVING.contains(lemma) || HOMECOMING.contains(lemma))) moving = true;
            if (HERE_WORDS.contains(word) || HOME_WORDS.contains(word)) place = true;
        }
        return moving && place;
    }

    /** One visit per host state a home party's departure or return names, unless the clause coder coded it. */
    static List<Draft> of(Clause c, ArticleContext ctx, List<TimeExpression> timexes, List<Draft> told) {
        Participant here = ctx.here();
        if (here == null) return List.of();
        Map<Draft, Set<Integer>> anchorsOf = new LinkedHashMap<>();
        List<Draft> undated = new ArrayList<>();
        ParticipantFinder finder = new ParticipantFinder(c, ctx);
        for (int v = 0; v < c.size(); v++) {
            boolean leaving = Departures.leavesHere(c, v);
            boolean back = !leaving && cameHome(c, v);
            if (!leaving && !back || !made(c, v)) continue;
            List<Participant> party = new ArrayList<>();
            for (int s : c.subjects(v)) Participants.addAll(party, finder.of(s));
            if (!home(party, here, ctx.visitors.country())) continue;
            for (int k : c.children(v, "advcl", "xcomp", "obl")) {
                if (!markedBy(c, k, leaving ? PURPOSE_MARKS : DONE_MARKS)) continue;
                for (Participant host : hosts(c, ctx, k, here)) {
                    if (visited(told, party, host)) continue;
                    Draft d = Draft.at(c, v, EventType.CONSULT, CameoCodes.MAKE_VISIT);
                    d.mode = CameoTable.standard().modeOf(CameoCodes.MAKE_VISIT);
                    List<Integer> words = c.subtree(k);
                    d.start = c.tokens.get(Math.min(c.subtree(v).get(0), v)).start();
                    d.end = c.tokens.get(words.get(words.size() - 1)).end();
                    d.actors.addAll(party);
                    d.recipients.add(host);
                    d.distinct = true; // each host's trip is its own happening
                    d.confidence = 0.6;
                    if (leaving) {
                        Set<Integer> anchors = new HashSet<>(List.of(v));
                        anchorsOf.put(d, anchors);
                    } else {
                        undated.add(d);
                    }
                }
            }
        }
        List<Draft> out = new ArrayList<>(ClauseDates.dated(c, ctx, timexes, anchorsOf));
        out.addAll(undated);
        return out;
    }

    /**
     * Whether the party is of the home state: none of its people placed in another, and one placed at home or, none
     * placed, the story telling of no foreign visitors ("the delegation left here" in a story of a foreign delegation's
     * stay is that delegation going home: {@link Departures}).
     */
    static boolean home(List<Participant> party, Participant here, String storyVisitors) {
        if (party.isEmpty()) return false;
        boolean placed = false;
        for (Participant p : party) {
            if (p.country() == null) continue;
            if (!p.country().equals(here.country())) return false;
            placed = true;
        }
        return placed || storyVisitors == null || storyVisitors.equals(here.country()) || !CountryCodes.isState(storyVisitors);
    }

    /** "came back home", "returned home", "went back home": a verb of coming back whose goal is "home". */
    static boolean cameHome(Clause c, int v) {
        return c.pos(v).startsWith("VB") && HOMECOMING.contains(c.lemma(v))
                && c.hasChildAmong(v, HOME_WORDS, "advmod", "obl", "obj", "compound:prt");
    }

    /**
     * A trip made: a verb in the past tense, with no modal and no negation ("will leave", "did not return": none). The
     * tagger may call the past tense a participle ("X and his party left here"): one with no auxiliary that heads the
     * sentence or a clause of its own is the past tense all the same.
     */
    static boolean made(Clause c, int v) {
        boolean past = c.pos(v).equals("VBD") || c.pos(v).equals("VBN") && c.relIs(v, "root", "conj", "ccomp");
        if (!past) return false;
        return c.children(v, "aux").isEmpty() && !c.deniedByNot(v);
    }

    /**
     * Whether clause k is introduced by one of the marks ("to attend", "after visiting"), or is a phrase of that
     * preposition ("after the congress in Lima", "after taking part" read as a noun phrase).
     */
    static boolean markedBy(Clause c, int k, Set<String> marks) {
        if (c.relIs(k, "obl")) return marks.contains(c.caseOf(k));
        return c.children(k, "mark").stream().anyMatch(m -> marks.contains(c.lower(m)));
    }

    /** The states other than the home one whose places or names the clause holds, in text order, each once. */
    static List<Participant> hosts(Clause c, ArticleContext ctx, int k, Participant here) {
        List<Participant> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int w : c.subtree(k)) {
            for (var en : c.entitiesAt(w)) {
                Participant p = null;
                if (en.type() == EntityType.COUNTRY || ctx.isCountryName(en)) p = ctx.participant(en);
                else if (en.type() == EntityType.LOCATION) p = ctx.countryOf(en);
                if (p == null || p.country() == null || p.country().equals(here.country())) continue;
                if (seen.add(p.country())) out.add(p);
            }
        }
        return out;
    }

    /** Whether the clause coder coded this party's visit to this host already. */
    private static boolean visited(List<Draft> told, List<Participant> party, Participant host) {
        return told.stream().anyMatch(d -> d.type == EventType.CONSULT && Participants.overlap(d.actors, party)
                && d.recipients.stream().anyMatch(r -> host.country().equals(r.country())));
    }
}
