package org.dateline.core.event;

import java.util.List;
import java.util.Set;

/**
 * Words under an event that tell it as done again and again: "held drills almost every day", "often arrested the
 * leaders", "visited Russia on several occasions", "were abducted one after another", "bombed the city daily". Such a
 * clause sums up many acts; the article's day is the day of none of them. The event then takes the date the text
 * gives ("every day in March") or none ({@link LookBacks}). One act counted once ("on one occasion", "for several
 * days") is no repetition.
 */
final class RepeatedActs {
    private static final Set<String> ADVERBS = EventWords.get("frequency-adverbs");
    private static final Set<String> UNITS = EventWords.get("frequency-units");
    private static final Set<String> DISTRIBUTIVES = EventWords.get("frequency-distributives");
    private static final Set<String> OCCASIONS = EventWords.get("frequency-occasions");
    private static final Set<String> COUNT_NOUNS = EventWords.get("frequency-count-nouns");
    private static final Set<String> COUNT_MODIFIERS = EventWords.get("frequency-count-modifiers");
    private static final Set<String> COUNT_CASES = EventWords.get("frequency-count-cases");
    private static final List<String[]> PHRASES = EventWords.get("frequency-phrases").stream()
            .map(p -> p.split("_")).toList();

    private final Clause c;

    RepeatedActs(Clause c) {
        this.c = c;
    }

    /** Whether the word k, a dependent of an event's word, tells the event as repeated. */
    boolean cue(int k) {
        String word = c.lower(k);
        return ADVERBS.contains(word) || OCCASIONS.contains(word)
                || UNITS.contains(word) && distributed(k) || COUNT_NOUNS.contains(word) && counted(k) || inPhrase(k);
    }

    /**
     * "several times", "three times", "at times": the noun of times counted with a numeral or a quantifier, or after
     * "at" alone. "In ancient times" names an age ({@link PastCues}), "the times" a paper: neither counts acts.
     */
    private boolean counted(int times) {
        for (int m : c.children(times, "nummod", "amod", "det")) {
            if (c.relIs(m, "nummod") || COUNT_MODIFIERS.contains(c.lower(m))) return true;
        }
        return COUNT_CASES.contains(c.caseOf(times)) && c.children(times, "amod", "det", "nummod").isEmpty();
    }

    /** "every day", "each year": a unit of time counted out with a distributive. */
    private boolean distributed(int unit) {
        for (int m : c.children(unit, "det", "amod", "nummod")) if (DISTRIBUTIVES.contains(c.lower(m))) return true;
        return false;
    }

    /** Whether the word k is one word of a fixed phrase of repetition ("one after another", "time and again"). */
    private boolean inPhrase(int k) {
        for (String[] p : PHRASES) {
            for (int at = 0; at < p.length; at++) {
                if (matchesAt(p, k - at)) return true;
            }
        }
        return false;
    }

    private boolean matchesAt(String[] phrase, int first) {
        if (first < 0 || first + phrase.length > c.size()) return false;
        for (int i = 0; i < phrase.length; i++) if (!c.lower(first + i).equals(phrase[i])) return false;
        return true;
    }
}
