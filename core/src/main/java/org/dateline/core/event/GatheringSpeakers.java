package org.dateline.core.event;

import java.util.HashSet;
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
 * Speakers at gatherings held apart in several countries, summed in one sentence: "Speakers at seminars in Peru and
 * Chile said X ...", "Participants in the meetings in Laos and Nepal praised X as a great leader". The speeches of each
 * country's gathering are that country's act of praise (CODING.md questions 127 and 128: one event per country, its
 * speakers the actor, sector CVL since no body is named), SUPPORT 051 to the one praised.
 *
 * <p>Who is praised: the person a verb of praise has for its object ({@code reverence-verbs}: "praised X"), else,
 * for a verb of saying, the one the story's gatherings abroad honour ({@link ArticleContext#honouredAbroad}): a story
 * that told no gathering in someone's honour gives a saying no one praised ("Speakers at rallies in Peru and Chile
 * said the law must go" is no praise), and the phrase of the speakers is not enough either: the countries must be an
 * "in" list right after the gathering the speakers are at. A country whose party the clause coded already, or the
 * praised one's own, is left out. A part of {@link EventCoder}, read after the clause coder.
 */
final class GatheringSpeakers {
    private static final Set<String> SPEAKERS = EventWords.get("placed-gathering-speaker-nouns");
    private static final Set<String> AT = EventWords.get("gathering-attendance-cases");
    private static final Set<String> PRAISING = EventWords.get("reverence-verbs");
    private static final Set<String> SAYING = EventWords.union("reporting-verbs", "saying-verbs");
    private static final Set<String> ACCLAIMING = EventWords.get("speaker-acclaim-verbs");
    /** How many words may stand between "at" and the gathering noun ("at the remembrance seminars"). */
    private static final int GATHERING_REACH = 5;
    /** CAMEO 051: praise in a speech. */
    static final String PRAISE = "051";

    private GatheringSpeakers() {}

    /** Whether a sentence may tell such speakers: a speaker noun (before "at" or "in", or alone). */
    static boolean mayHold(List<Token> tokens) {
        for (Token t : tokens) if (SPEAKERS.contains(t.word().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /** One act of praise per country whose gathering's speakers the clause tells praising someone. */
    static List<Draft> of(Clause c, ArticleContext ctx, List<TimeExpression> timexes, List<Draft> coded) {
        for (int s = 0; s + 1 < c.size(); s++) {
            if (!c.pos(s).startsWith("NN") || !SPEAKERS.contains(c.lower(s)) || !AT.contains(c.lower(s + 1))) continue;
            int v = c.head(s);
            if (v < 0 || !c.relIs(s, "nsubj") || !c.pos(v).startsWith("VB")) continue;
            Participant praised = praised(c, v, ctx);
            if (praised == null) continue;
            int g = gatheringAfter(c, s + 1);
            if (g < 0) continue;
            Map<String, Integer> places = placesAfter(c, g);
            return acts(c, ctx, timexes, coded, s, v, g, places, praised);
        }
        return summed(c, ctx, timexes, coded);
    }

    /**
     * "The speakers noted that ...", "Speakers praised X", "Participants said ...": the speaker noun alone (a
     * determiner at most) as the subject, after a story told gatherings abroad in someone's honour: the speakers are
     * those gatherings' speakers, one act of praise per country the latest of them was in
     * ({@link ArticleContext#countriesAbroad}), each spanning the speaker noun alone.
     */
    private static List<Draft> summed(Clause c, ArticleContext ctx, List<TimeExpression> timexes, List<Draft> coded) {
        if (ctx.countriesAbroad.isEmpty() || ctx.honouredAbroad == null) return List.of();
        for (int s = 0; s < c.size(); s++) {
            // "the speakers": one speaker is at one gathering, not at all of them
            if (!c.pos(s).equals("NNS") || !SPEAKERS.contains(c.lower(s)) || !alone(c, s)) continue;
            int v = c.head(s);
            if (v < 0 || !c.relIs(s, "nsubj") || !c.pos(v).startsWith("VB") || ListedGatherings.toCome(c, v)) continue;
            Participant praised = praised(c, v, ctx);
            if (praised == null) continue;
            Map<String, Integer> places = new LinkedHashMap<>();
            for (String country : ctx.countriesAbroad) places.put(country, s);
            // "At the round-table talks in Austria the speakers praised": the country the clause names, if one is
            Map<String, Integer> named = new LinkedHashMap<>();
            for (int k = 0; k < c.size(); k++) {
                String country = ListedGatherings.stateAt(c, k);
                if (country != null && places.containsKey(country)) named.putIfAbsent(country, s);
            }
            if (!named.isEmpty()) places = named;
            return acts(c, ctx, timexes, coded, s, v, s, places, praised);
        }
        return List.of();
    }

    /** "the speakers", "speakers", "other participants": a speaker noun with no name, place or conjunct of its own. */
    private static boolean alone(Clause c, int s) {
        for (int k : c.children(s)) {
            if (!c.relIs(k, "det", "amod")) return false;
        }
        return !c.relIs(s, "conj");
    }

    /** One act of praise per country of {@code places}, the praised one's own country and countries coded left out. */
    private static List<Draft> acts(Clause c, ArticleContext ctx, List<TimeExpression> timexes, List<Draft> coded, int s,
            int v, int g, Map<String, Integer> places, Participant praised) {
        Set<Integer> anchors = new HashSet<>(places.values());
        anchors.add(s);
        anchors.add(v);
        Map<Draft, Set<Integer>> anchorsOf = new LinkedHashMap<>();
        for (var place : places.entrySet()) {
            String country = place.getKey();
            if (country.equals(praised.country())) continue;
            if (coded.stream().anyMatch(d -> d.everyone().stream().anyMatch(p -> country.equals(p.country())))) continue;
            anchorsOf.put(speakersAct(c, ctx, s, g, place.getValue(), country, praised), anchors);
        }
        return ClauseDates.dated(c, ctx, timexes, anchorsOf);
    }

    /** The person a verb of praise has for its object, else for a verb of praise or saying the story's honoured one. */
    private static Participant praised(Clause c, int v, ArticleContext ctx) {
        String verb = c.lemma(v);
        // "praised X", "referred to the feats performed by X": the person the object or the "to" phrase names
        if (PRAISING.contains(verb) || ACCLAIMING.contains(verb)) {
            for (int o : c.children(v, "obj", "obl")) {
                for (int k : c.subtreeWithout(o, ParticipantFinder.CORE_CUT)) {
                    for (Entity e : c.entitiesAt(k)) if (e.type() == EntityType.PERSON) return ctx.participant(e);
                }
            }
            return ctx.honouredAbroad;
        }
        return SAYING.contains(verb) ? ctx.honouredAbroad : null;
    }

    /** The gathering noun a few noun-phrase words after "at" ("at the remembrance seminars"), or -1. */
    private static int gatheringAfter(Clause c, int at) {
        for (int k = at + 1; k < c.size() && k <= at + GATHERING_REACH; k++) {
            if (GatheringPhrases.isGatheringWord(c, k)) return k;
            String pos = c.pos(k);
            if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CC") || pos.equals(","))) return -1;
        }
        return -1;
    }

    /** The countries of the "in" list right after the gathering noun ("seminars in Peru, Chile and Ghana"), in order. */
    private static Map<String, Integer> placesAfter(Clause c, int g) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (g + 1 >= c.size() || !c.lower(g + 1).equals("in")) return out;
        for (int k = g + 2; k < c.size(); k++) {
            String country = ListedGatherings.stateAt(c, k);
            if (country != null) {
                out.putIfAbsent(country, k);
                continue;
            }
            if (c.lower(k).equals(",") || c.lower(k).equals("and") || !c.entitiesAt(k).isEmpty()) continue;
            break;
        }
        return out;
    }

    /** One country's speakers' praise: spanning the speaker noun and the country's word, by "speakers at ... in" it. */
    private static Draft speakersAct(Clause c, ArticleContext ctx, int speakers, int gathering, int word, String country,
            Participant praised) {
        Draft d = Draft.at(c, speakers, EventType.SUPPORT, PRAISE);
        d.start = c.tokens.get(speakers).start();
        d.end = c.tokens.get(word).end();
        String name = ctx.gazetteer.countryName(country);
        String at = gathering == speakers ? "" : " at " + c.tokens.get(gathering).word(); // "speakers" alone: no gathering word
        String who = c.tokens.get(speakers).word() + at + " in " + (name == null ? country : name);
        d.actors.add(new Participant(who, country, "CVL"));
        d.recipients.add(praised);
        d.confidence = 0.5;
        d.distinct = true;
        return d;
    }
}
