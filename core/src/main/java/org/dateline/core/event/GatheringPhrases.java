package org.dateline.core.event;

import java.util.Set;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;

/**
 * The gathering a listed place follows, read on the words rather than the parse: "film shows in Guinea and Russia",
 * "They included meetings, book and photo exhibitions and film shows in Palestine, Thailand and Uganda", "Korean film
 * shows took place in Benin and Indonesia", "a get-together in Poland, reading session and film show in Ethiopia".
 * The tagger reads "shows" after "film" as a verb more often than not, and then the parse no longer attaches the
 * place to any gathering ({@link ListedGatherings} reads the parse first and asks here only when it finds none).
 *
 * <p>The reading is narrow on purpose: the place must be in an "in" list (places, commas and "and" only), and right
 * before that "in", past at most a verb of holding ("took place", "were held"), stands a run of noun-phrase words
 * (nouns, adjectives, participles, determiners, commas, "and") that holds a gathering noun. Any other word (a
 * preposition, another verb) ends the run: "a seminar on the situation in Syria" does not place the seminar in Syria.
 * Whether the gathering is told as held, not planned, the caller asks of the sentence ({@link #toldAsHeld}).
 */
final class GatheringPhrases {
    private static final Set<String> GATHERINGS = EventWords.get("listed-gathering-nouns");
    private static final Set<String> HOLDING = EventWords.get("gathering-holding-verbs");
    private static final Set<String> EXISTENTIAL = EventWords.get("existential-gathering-words");
    /** How many words of holding ("took place", "were also held") may stand between the gathering and "in". */
    private static final int HOLDING_REACH = 4;
    /** How many words a gathering phrase may run to the left of its "in". */
    private static final int PHRASE_REACH = 14;

    private GatheringPhrases() {}

    /** The gathering noun the "in" list of place word i follows, or -1. */
    static int gatheringBefore(Clause c, int i) {
        int k = firstOfMention(c, i) - 1;
        // back over the list: other places, commas, "and"
        while (k >= 0 && (isPlace(c, k) || c.lower(k).equals(",") || c.lower(k).equals("and"))) k--;
        if (k < 0 || !c.lower(k).equals("in")) return -1;
        k--;
        for (int n = 0; n < HOLDING_REACH && k >= 0 && isHoldingWord(c, k); n++) k--;
        for (int n = 0; n < PHRASE_REACH && k >= 0 && inPhrase(c, k); n++, k--) {
            if (isGathering(c, k)) return k;
        }
        return -1;
    }

    /**
     * Whether the sentence tells its gatherings held: a verb of holding ("held", "took place", "included") and no
     * modal or infinitive of one ("will be held", "to hold"), which would make them a plan (CODING.md section 1).
     */
    static boolean toldAsHeld(Clause c) {
        boolean held = false;
        for (int k = 0; k < c.size(); k++) {
            if (c.pos(k).equals("MD")) return false;
            boolean holding = HOLDING.contains(c.lemma(k)) || existential(c, k);
            if (!c.pos(k).startsWith("VB") || !holding || isGathering(c, k)) continue;
            if (k > 0 && c.lower(k - 1).equals("to")) return false;
            held = true;
        }
        return held;
    }

    /**
     * "There were seminars in A", "Among the events were film shows in B": a "be" with an expletive or with the set
     * its subject belongs to ({@code existential-gathering-words}) tells the gatherings it presents as held, as a
     * verb of holding does; "there will be" stays a plan ({@link ListedGatherings#toCome}).
     */
    static boolean existential(Clause c, int v) {
        if (v < 0 || !c.lemma(v).equals("be")) return false;
        // "Among the events were seminars": the parser may make "were" the copula of the subject it presents
        int h = c.relIs(v, "cop") ? c.head(v) : v;
        for (int k : c.children(h, "expl")) if (EXISTENTIAL.contains(c.lower(k))) return true;
        for (int k : c.children(h, "obl", "nmod")) if (EXISTENTIAL.contains(c.caseOf(k))) return true;
        return false;
    }

    private static int firstOfMention(Clause c, int i) {
        int first = i;
        for (Entity e : c.entitiesAt(i)) {
            while (first > 0 && c.tokens.get(first - 1).start() >= e.start()) first--;
        }
        return first;
    }

    private static boolean isPlace(Clause c, int k) {
        for (Entity e : c.entitiesAt(k)) if (e.type() == EntityType.COUNTRY || e.type() == EntityType.LOCATION) return true;
        return false;
    }

    /** "took place", "were held", "was also given": a verb of holding, "be", its object "place", an adverb. */
    private static boolean isHoldingWord(Clause c, int k) {
        String pos = c.pos(k);
        if (pos.startsWith("VB")) return HOLDING.contains(c.lemma(k)) || c.lemma(k).equals("be");
        return c.lower(k).equals("place") || pos.startsWith("RB");
    }

    /** A word of a gathering noun phrase or a list of them; a place named ends it (the list before it). */
    private static boolean inPhrase(Clause c, int k) {
        if (isPlace(c, k)) return false;
        if (isGathering(c, k)) return true;
        String pos = c.pos(k);
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("VBG") || pos.equals("DT") || pos.equals("CC")
                || pos.equals(",") || pos.equals("HYPH");
    }

    /**
     * A gathering noun, also where the tagger took it for a verb ("film shows"), or the last word of a hyphenated one
     * the tokenizer split ("get-together" read as "get", "-", "together").
     */
    private static boolean isGathering(Clause c, int k) {
        if (k >= 2 && c.lower(k - 1).equals("-") && GATHERINGS.contains(c.lower(k - 2) + "-" + c.lower(k))) return true;
        return isGatheringWord(c, k);
    }

    /** A gathering noun as the tagger left it, also where it took the noun for a verb ("film shows"). */
    static boolean isGatheringWord(Clause c, int k) {
        String pos = c.pos(k);
        return (pos.startsWith("NN") || pos.equals("VBZ")) && GATHERINGS.contains(c.lemma(k));
    }
}
