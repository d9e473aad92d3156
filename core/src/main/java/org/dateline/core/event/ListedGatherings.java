package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;
import org.dateline.model.CountryCodes;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * Gatherings in honour of someone held apart in several countries and listed in one sentence: "Meetings were held in
 * Peru, Chile and Ghana to mark the birthday of X", "Seminars took place in Laos and Nepal to congratulate Y", "They
 * included lectures in Mali and a film show in India", "The birthday of Z was marked in Peru and Chile". Each country's gathering is its own act of honouring (CAMEO 017,
 * SUPPORT; CODING.md question 127: the dyadic coding, one place and one set of participants an event), its actor the
 * country's participants (sector CVL, since the sentence names no host), its recipient the one honoured.
 *
 * <p>The occasion names the one honoured: a word of honouring ({@code honouring-occasion-words}: "to mark", "in
 * celebration of", "on the occasion of", "anniversary") followed by a person or a state, in the sentence or, where the
 * sentence only lists ("They included ..."), in the sentence before. A gathering with no one honoured ("seminars in
 * Peru and Chile on trade") is no act toward anyone and is not coded; a gathering in the honoured one's own country
 * is domestic honour, left out as {@link DomesticHonours} leaves it out. A country whose party the clause coder
 * coded already (a host named: "held by the Peruvian committee in Peru") is not coded twice.
 *
 * <p>The gathering must be told as held ({@code gathering-holding-verbs}: "were held", "took place", "given",
 * "included") or name its place itself ("meetings in Laos"), and told as held: "a seminar will be held in Peru" is a
 * plan, not an act ({@link #toCome}). Where the parse attaches a listed place to no gathering (the tagger reads "film
 * shows" as a verb), the words are read instead ({@link GatheringPhrases}). A part of {@link EventCoder}, read after
 * the clause coder.
 */
final class ListedGatherings {
    private static final Set<String> GATHERINGS = EventWords.get("listed-gathering-nouns");
    private static final Set<String> HOLDING = EventWords.get("gathering-holding-verbs");
    private static final Set<String> OCCASIONS = EventWords.get("honouring-occasion-words");
    private static final Set<String> MARKING = EventWords.get("occasion-marking-verbs");
    private static final Set<String> TOPICS = EventWords.get("honouring-topic-nouns");
    private static final Set<String> WORKS = EventWords.get("honouring-work-nouns");
    private static final Set<String> TOPIC_CASES = EventWords.get("gathering-topic-cases");
    /** How many words after "on" a gathering's topic noun may stand ("on the immortal revolutionary feats of"). */
    private static final int TOPIC_REACH = 8;
    /** How many words after the word of honouring the one honoured may be named. */
    private static final int HONOURED_REACH = 14;
    /** How many "conj" links a listed place, gathering or party may lie from the first of its list. */
    static final int LIST_REACH = 20;
    /** CAMEO 017: a symbolic act of honouring (a memorial event abroad), mapped to SUPPORT by convention. */
    static final String SYMBOLIC_ACT = "017";

    private ListedGatherings() {}

    /**
     * Whether a sentence may list gatherings by place: a noun of a gathering and the word "in", or a verb of holding
     * (an organiser's country may place it: "held by the Society of Peru", {@link GatheringOrganisers}).
     */
    static boolean mayHold(List<Token> tokens) {
        boolean gathering = false;
        boolean in = false;
        for (Token t : tokens) {
            // "film shows" is tagged a verb as often as a noun (GatheringPhrases)
            if ((t.pos().startsWith("NN") || t.pos().equals("VBZ")) && GATHERINGS.contains(TriggerLexicon.lemma(t))) gathering = true;
            if (t.pos().startsWith("VBN") && MARKING.contains(TriggerLexicon.lemma(t))) gathering = true;
            if (t.word().equalsIgnoreCase("in")) in = true;
            if (t.pos().startsWith("VB") && HOLDING.contains(TriggerLexicon.lemma(t))) in = true;
        }
        return gathering && in;
    }

    /** One act of honouring per country where the clause places a gathering held for someone it names. */
    static List<Draft> of(Clause c, ArticleContext ctx, List<TimeExpression> timexes, List<Draft> coded) {
        Participant honoured = honoured(c, ctx);
        // "Meanwhile, film shows took place in A and B": gatherings of a story whose acts abroad honour someone already
        if (honoured == null) honoured = ctx.honouredAbroad;
        if (honoured == null) return List.of();
        Map<String, int[]> places = new LinkedHashMap<>(); // country -> {gathering, country word}
        boolean held = GatheringPhrases.toldAsHeld(c);
        for (int i = 0; i < c.size(); i++) {
            String country = stateAt(c, i);
            if (country == null || places.containsKey(country) || country.equals(honoured.country())) continue;
            int g = gatheringPlacedBy(c, i);
            // a list the parse did not attach to its gathering ("film shows in Guinea and Russia"): read on the words
            if (g < 0 && held) g = GatheringPhrases.gatheringBefore(c, i);
            if (g >= 0) places.put(country, new int[] {g, i});
        }
        // "held by the Society of Peru", "Peru's seminar": the organiser's country, where no "in" placed the gatherings
        Map<String, GatheringOrganisers.Organiser> organisers = places.isEmpty()
                ? GatheringOrganisers.of(c, honoured.country()) : Map.of();
        for (var o : organisers.entrySet()) places.put(o.getKey(), new int[] {o.getValue().gathering(), o.getValue().word()});
        // the list is one sentence of one time: "between May 2 and 6" closing it dates every gathering listed
        Set<Integer> listWords = new HashSet<>();
        for (int[] gw : places.values()) {
            listWords.add(gw[0]);
            listWords.add(gw[1]);
            int verb = c.head(gw[0]);
            if (verb >= 0 && c.pos(verb).startsWith("VB")) listWords.add(verb);
        }
        Map<Draft, Set<Integer>> anchorsOf = new LinkedHashMap<>();
        for (var place : places.entrySet()) {
            String country = place.getKey();
            if (coded.stream().anyMatch(d -> d.everyone().stream().anyMatch(p -> country.equals(p.country())))) {
                honourCoded(coded, country, honoured);
                continue;
            }
            int g = place.getValue()[0];
            Draft d = countryAct(c, ctx, g, place.getValue()[1], country, "participants in", honoured);
            GatheringOrganisers.Organiser organiser = organisers.get(country);
            if (organiser != null && organiser.who() != null) d.actors.set(0, organiser.who());
            anchorsOf.put(d, listWords);
        }
        if (!anchorsOf.isEmpty()) ctx.rememberAbroad(honoured, places.keySet());
        return ClauseDates.dated(c, ctx, timexes, anchorsOf);
    }

    /**
     * "The Mexican Committee organised a lecture on X's works": the clause coder read the holding as the organiser's
     * support of no one; the gathering's honoured one is whom it supports, by a symbolic act (017).
     */
    private static void honourCoded(List<Draft> coded, String country, Participant honoured) {
        for (Draft d : coded) {
            if (d.type != EventType.SUPPORT || !d.recipients.isEmpty()) continue;
            if (d.actors.stream().noneMatch(p -> country.equals(p.country()))) continue;
            d.recipients.add(honoured);
            d.cameo = SYMBOLIC_ACT;
        }
    }

    /**
     * One country's act of honour: a SUPPORT 017 spanning the act's noun (head) and the word naming the country, by the
     * country's people ("participants in", "committee of" + its name, CVL) to the one honoured. Each country's act is
     * its own, though the same one is honoured ({@link Draft#distinct}); also serves {@link HonouringCommittees}.
     */
    static Draft countryAct(Clause c, ArticleContext ctx, int head, int word, String country, String who,
            Participant honoured) {
        Draft d = Draft.at(c, head, EventType.SUPPORT, SYMBOLIC_ACT);
        d.start = c.tokens.get(Math.min(head, word)).start();
        d.end = c.tokens.get(Math.max(head, word)).end();
        String name = ctx.gazetteer.countryName(country);
        d.actors.add(new Participant(who + " " + (name == null ? country : name), country, "CVL"));
        d.recipients.add(honoured);
        d.confidence = 0.5;
        d.distinct = true;
        return d;
    }

    /** The state a place word of the clause lies in (a country or a town named), or null. */
    static String stateAt(Clause c, int i) {
        for (Entity e : c.entitiesAt(i)) {
            if (e.type() != EntityType.COUNTRY && e.type() != EntityType.LOCATION) continue;
            // the entity's last word stands for it, so "South Africa" is read once
            if (c.tokens.get(i).end() != e.end()) continue;
            if (CountryCodes.isState(e.country())) return e.country();
        }
        return null;
    }

    /**
     * The gathering whose "in" phrase place word i is in, the place listed or not ("in Peru, Chile and Ghana"): the
     * noun the phrase modifies ("lectures in Mali") or the subject or object of the verb of holding it modifies
     * ("meetings were held in Mali", "they included a meeting in Mali"); -1 when the phrase places no gathering.
     */
    private static int gatheringPlacedBy(Clause c, int i) {
        int n = Coordination.firstConjunct(c, i, LIST_REACH);
        String prep = c.caseOf(n);
        // "a lecture given in Guinea": a participle the parser reads as part of the preposition
        if (!prep.equals("in") && !prep.endsWith(" in")) return -1;
        int h = c.head(n);
        if (h < 0) return -1;
        // "a lecture on X's exploits in Mexico": the parser hangs the place on the gathering's topic
        if (isTopicOfGathering(c, h)) h = c.head(h);
        if (isGathering(c, h)) return heldOrPlaced(c, h) ? h : -1;
        if (markedOccasion(c, h)) return toCome(c, h) ? -1 : h; // "the birthday was marked in Peru and Ghana"
        boolean holding = HOLDING.contains(c.lemma(h)) || GatheringPhrases.existential(c, h);
        if (!c.pos(h).startsWith("VB") || !holding || toCome(c, h)) return -1;
        for (int k : c.children(h, "nsubj", "obj")) if (isGathering(c, k)) return k;
        return -1;
    }

    /**
     * "A seminar will be held in Peru", "seminars are to be held in Laos", "decided to hold meetings in Mali": a
     * holding told with a modal or as an infinitive is a plan, and a plan to honour someone is not an act of honouring
     * (section 1 of CODING.md: what did not happen is no event). Both are closed words of the grammar, not a list.
     */
    static boolean toCome(Clause c, int v) {
        if (c.hasModal(v)) return true;
        return c.children(v, "mark").stream().anyMatch(m -> c.lower(m).equals("to"));
    }

    /** "The anniversary was marked in Peru": a verb of marking in the passive, its subject the occasion. */
    private static boolean markedOccasion(Clause c, int v) {
        return c.pos(v).startsWith("VBN") && MARKING.contains(c.lemma(v)) && !c.childrenExact(v, "nsubj:pass").isEmpty();
    }

    static boolean isGathering(Clause c, int k) {
        return c.pos(k).startsWith("NN") && GATHERINGS.contains(c.lemma(k));
    }

    /**
     * A gathering noun that names its own place is told as held when it is a verb of holding's subject or object,
     * or listed with one ("meetings in Laos and lectures in Mali" after "They included"), or stands alone as the
     * sentence's subject of a holding ("remembrance meetings in Laos were held").
     */
    private static boolean heldOrPlaced(Clause c, int g) {
        int n = Coordination.firstConjunct(c, g, LIST_REACH);
        int h = c.head(n);
        // "There will be seminars in Laos": a gathering the parser made the root is held unless a modal makes it a plan
        if (h < 0) return c.relIs(n, "root") && !c.hasModal(n) && !toCome(c, n);
        // "There were seminars in A", "Among the events were film shows in B": an existential "be" tells them held
        if (c.pos(h).startsWith("VB")) {
            return (HOLDING.contains(c.lemma(h)) || GatheringPhrases.existential(c, h)) && c.relIs(n, "nsubj", "obj") && !toCome(c, h);
        }
        // listed inside another gathering's place phrase by a faulty parse: "meetings in Laos and lectures in Mali"
        for (int a = h, guard = 0; a >= 0 && guard < 20; a = c.head(a), guard++) {
            if (isGathering(c, a)) return heldOrPlaced(c, a);
        }
        return false;
    }

    /**
     * The one the gathering honours: the first person, else the first state or body of a state ("the anniversary
     * of the Korean People's Army"), named after a word of honouring in the clause ("to mark the birthday of X", "to
     * congratulate Y"), or in the sentence before when the clause has none.
     */
    static Participant honoured(Clause c, ArticleContext ctx) {
        List<Token> tokens = c.tokens;
        for (int v = 0; v < c.size(); v++) {
            if (!markedOccasion(c, v)) continue;
            // the occasion marked is the subject, before the verb: "the birthday of X was marked in Peru"
            Participant named = namedAfter(tokens.get(c.subtree(c.childrenExact(v, "nsubj:pass").get(0)).get(0)).start(), c.sentence, ctx);
            if (named != null) return named;
        }
        int cue = cueIn(tokens);
        Participant named = cue < 0 ? null : namedAfter(tokens.get(cue).end(), c.sentence, ctx);
        if (named != null) return named;
        // "seminars on the feats of X", "a lecture on Y's exploits": a gathering whose topic is someone's deeds honours him
        int topic = topicCueIn(c, TOPICS);
        named = topic < 0 ? null : namedAfter(tokens.get(topic).end(), c.sentence, ctx);
        if (named != null) return named;
        // "a seminar on X's work 'Title'", "lectures on the article of Y": the author of the work, a person named
        int work = topicCueIn(c, WORKS);
        named = work < 0 ? null : namedAfter(tokens.get(work).end(), c.sentence, ctx);
        if (named != null && named.name() != null && isPersonNamedAfter(c, work)) return named;
        // "They included remembrance meetings in Laos": the occasion, and the one honoured, told just before
        Sentence before = ctx.sentenceBefore;
        if (before == null) return null;
        int prior = cueIn(before.tokens());
        return prior < 0 ? null : namedAfter(before.tokens().get(prior).end(), before, ctx);
    }

    /**
     * The "on" of a gathering's topic that is someone's deeds or life ({@code honouring-topic-nouns}: "seminars on feats
     * of X", "a lecture on Y's revolutionary exploits", "film shows about the life of Z"), or -1: right after a
     * gathering noun, then only the words of one noun phrase (a determiner, adjectives, a name and its "'s", "of")
     * up to the topic noun. "Seminars on trade policy" has no such topic and honours no one.
     */
    static int topicCueIn(Clause c, Set<String> nouns) {
        for (int i = 1; i < c.size(); i++) {
            if (!TOPIC_CASES.contains(c.lower(i)) || !GatheringPhrases.isGatheringWord(c, i - 1)) continue;
            for (int j = i + 1; j < c.size() && j <= i + TOPIC_REACH; j++) {
                if (c.pos(j).startsWith("NN") && nouns.contains(c.lemma(j))) return i;
                if (!inTopicPhrase(c, j)) break;
            }
        }
        return -1;
    }

    /** A topic noun in a gathering's "on" phrase: "a lecture on X's exploits", "seminars on the feats of Y". */
    private static boolean isTopicOfGathering(Clause c, int k) {
        int up = c.head(k);
        boolean topic = TOPICS.contains(c.lemma(k)) || WORKS.contains(c.lemma(k));
        return up >= 0 && c.pos(k).startsWith("NN") && topic && TOPIC_CASES.contains(c.caseOf(k))
                && isGathering(c, up);
    }

    /** A word of the noun phrase before a topic noun: a determiner, an adjective, a name, its "'s", "of". */
    private static boolean inTopicPhrase(Clause c, int j) {
        String pos = c.pos(j);
        return pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NNP") || pos.equals("POS") || pos.equals("PRP$")
                || pos.equals("VBN") || c.lower(j).equals("of");
    }

    /** Whether the first party named after the "on" of a work is a person: a work's author, never a body or a place. */
    private static boolean isPersonNamedAfter(Clause c, int on) {
        int from = c.tokens.get(on).end();
        List<Entity> mentions = new ArrayList<>(c.sentence.mentions());
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (Entity e : mentions) {
            if (e.start() < from || e.country() == null) continue;
            return e.type() == EntityType.PERSON;
        }
        return false;
    }

    static int cueIn(List<Token> tokens) {
        int kind = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (!OCCASIONS.contains(TriggerLexicon.lemma(tokens.get(i)))) continue;
            // (s60) "remembrance meetings", "celebration events": a word of honouring before a gathering noun names the
            // kind of gathering; the occasion with the one honoured comes later ("on the occasion of ..."), if at all
            if (i + 1 < tokens.size() && GATHERINGS.contains(TriggerLexicon.lemma(tokens.get(i + 1)))) {
                if (kind < 0) kind = i;
                continue;
            }
            return i;
        }
        return kind;
    }

    private static Participant namedAfter(int from, Sentence s, ArticleContext ctx) {
        List<Token> tokens = s.tokens();
        int limit = Integer.MAX_VALUE;
        int seen = 0;
        for (Token t : tokens) {
            if (t.start() < from) continue;
            if (++seen > HONOURED_REACH) {
                limit = t.start();
                break;
            }
        }
        Entity state = null;
        List<Entity> mentions = new ArrayList<>(s.mentions());
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (Entity e : mentions) {
            if (e.start() < from || e.start() >= limit || e.country() == null) continue;
            if (e.type() == EntityType.PERSON) return ctx.participant(e);
            // a state, or a body of one ("the anniversary of the Korean People's Army"), when no person is named
            boolean body = e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION;
            if (state == null && body && CountryCodes.isState(e.country())) state = e;
        }
        return state == null ? null : ctx.participant(state);
    }
}
