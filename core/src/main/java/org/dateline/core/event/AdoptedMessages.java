package org.dateline.core.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.core.language.Token;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * A message a gathering adopts to someone: "A letter to X was adopted at the rally held in Bolivia", "A message to Y
 * was adopted at the seminar in Kenya". The gathering's participants address the one the letter is to: their praise
 * of that one (CAMEO 051, SUPPORT), as a message of greeting sent is. The passive names no sender; the gathering does,
 * placed in the country its place names ("held in Bolivia", "in Kenya"); a gathering placed nowhere in the sentence
 * gives no actor, and no event is coded. A gathering's letter to a leader of its own country is domestic praise, left
 * out as the conventions leave it open (tools/event-filter/CODING.md). A letter adopted "by" someone is that one's
 * act, left to the clause coder; a letter to no one named ("a letter was adopted") is no event.
 *
 * <p>Messages adopted at gatherings in several countries ("Messages to X were adopted at the events in Peru and
 * Chile") are one message per country's gathering, each that country's participants' act (CODING.md question 127);
 * one message ("A message was adopted at the events in Peru and Chile") is placed at the first country named.
 *
 * <p>Not read where the clause coder found an event in the verb's words. A part of {@link EventCoder}.
 */
final class AdoptedMessages {
    private static final Set<String> MESSAGES = EventWords.get("adopted-message-nouns");
    private static final Set<String> ADOPTING = EventWords.get("message-adopting-verbs");
    private static final Set<String> GATHERINGS = EventWords.get("message-gathering-nouns");
    private static final Set<String> FORUMS = EventWords.get("forum-nouns");

    private AdoptedMessages() {}

    /** Whether a sentence may tell a message adopted: a verb of adopting and a noun of a message. */
    static boolean mayHold(List<Token> tokens) {
        boolean verb = false;
        boolean message = false;
        for (Token t : tokens) {
            String lemma = TriggerLexicon.lemma(t);
            if (t.pos().startsWith("VB") && ADOPTING.contains(lemma)) verb = true;
            if (t.pos().startsWith("NN") && MESSAGES.contains(lemma)) message = true;
        }
        return verb && message;
    }

    /** The praise each message adopted in the clause makes, dated by the clause's own time expressions. */
    static List<Draft> of(Clause c, ArticleContext ctx, List<TimeExpression> timexes, List<Draft> coded) {
        Map<Draft, Set<Integer>> anchorsOf = new LinkedHashMap<>();
        ParticipantFinder parts = null;
        for (int v = 0; v < c.size(); v++) {
            if (!c.pos(v).startsWith("VB") || !ADOPTING.contains(c.lemma(v)) || !agentless(c, v)) continue;
            int message = messageOf(c, v);
            int gathering = message < 0 ? -1 : gatheringOf(c, v);
            if (gathering < 0 || Publishers.toldAlready(c, List.of(message, v), coded)) continue;
            Map<String, Integer> places = countriesOf(c, v, gathering);
            List<String> countries = new ArrayList<>(places.keySet());
            // "messages were adopted at the events in A and B": one message per country's gathering (question 127);
            // one message placed in two countries was adopted at the first
            if (!countries.isEmpty() && !c.pos(message).equals("NNS")) countries = countries.subList(0, 1);
            if (parts == null && !countries.isEmpty()) parts = new ParticipantFinder(c, ctx);
            for (String country : countries) {
                // a domestic gathering's letter to its own leader is domestic praise, which the conventions leave open
                List<Participant> addressees = addresseesOf(c, message, parts).stream()
                        .filter(p -> !country.equals(p.country())).toList();
                if (addressees.isEmpty()) continue;
                Draft d = Draft.at(c, v, EventType.SUPPORT, CameoCodes.PRAISE);
                d.start = c.tokens.get(Math.min(message, v)).start();
                // each country's message spans the words of its own country too ("... in Peru, Chile and Ghana")
                d.end = c.tokens.get(Math.max(Math.max(message, v), countries.size() > 1 ? places.get(country) : -1)).end();
                d.actors.add(new Participant("participants of the " + c.lower(gathering), country, "CVL"));
                Participants.addAll(d.recipients, addressees);
                d.confidence = 0.5;
                d.distinct = true; // each gathering's letter is an act of its own, though the same leader gets it
                anchorsOf.put(d, Set.of(v));
            }
        }
        return ClauseDates.dated(c, ctx, timexes, anchorsOf);
    }

    /** A passive with no "by" agent: "was adopted at the seminar". */
    private static boolean agentless(Clause c, int v) {
        if (c.childrenExact(v, "aux:pass").isEmpty()) return false;
        for (int k : c.children(v, "obl")) if (c.caseOf(k).equals("by")) return false;
        return true;
    }

    /** The message the verb adopts: its passive subject, a letter or a message; -1 when none. */
    private static int messageOf(Clause c, int v) {
        for (int s : c.children(v, "nsubj:pass")) if (MESSAGES.contains(c.lemma(s))) return s;
        return -1;
    }

    /** The gathering it was adopted at: "at the seminar", "at an event held in Peru"; -1 when none. */
    private static int gatheringOf(Clause c, int v) {
        for (int k : c.children(v, "obl")) {
            if (c.caseOf(k).equals("at") && (GATHERINGS.contains(c.lemma(k)) || FORUMS.contains(c.lemma(k)))) return k;
        }
        return -1;
    }

    /**
     * The countries of the gathering's places with the word of each, in the order named: the places named in its phrase ("at the events in
     * A and B"), else in the verb's "in" phrase.
     */
    private static Map<String, Integer> countriesOf(Clause c, int v, int gathering) {
        Map<String, Integer> own = placesIn(c, c.subtree(gathering));
        if (!own.isEmpty()) return own;
        for (int k : c.children(v, "obl")) {
            if (c.caseOf(k).equals("in")) {
                Map<String, Integer> there = placesIn(c, c.subtree(k));
                if (!there.isEmpty()) return there;
            }
        }
        return Map.of();
    }

    /** The countries of the places among the words, each with its last word, in the order named. */
    private static Map<String, Integer> placesIn(Clause c, List<Integer> words) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i : words) {
            for (Entity e : c.entitiesAt(i)) {
                boolean place = e.type() == EntityType.LOCATION || e.type() == EntityType.COUNTRY;
                if (place && e.country() != null) out.put(e.country(), i);
            }
        }
        return out;
    }

    /** Whom the message is to: the placed parties of its "to" phrase ("a letter to X and Y"). */
    private static List<Participant> addresseesOf(Clause c, int message, ParticipantFinder parts) {
        for (int k : c.children(message, "nmod")) {
            if (c.caseOf(k).toLowerCase(Locale.ROOT).equals("to")) {
                return parts.of(k).stream().filter(p -> p.country() != null).toList();
            }
        }
        return List.of();
    }
}
