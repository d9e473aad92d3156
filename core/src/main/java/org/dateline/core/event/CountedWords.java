package org.dateline.core.event;

import java.util.List;
import java.util.Set;

/**
 * Words the parser puts at the head of a phrase whose meaning lies one word further: a measure over what it counts
 * ("thousands of reservists"), a sum of money over what it buys ("$10 million in humanitarian assistance"), and a
 * particle parsed as the first word of a preposition ("pulled out of the waters"). The trigger grammar looks through
 * them to the word its rows name.
 */
final class CountedWords {
    private static final Set<String> CURRENCIES = EventWords.get("currency-words");

    private CountedWords() {}

    /** "called up thousands of reservists", "freed dozens of prisoners": the nouns a measure noun counts, or none. */
    static List<Integer> counted(Clause c, int k) {
        if (!CommonNounActors.isPartitive(c.lemma(k))) return List.of();
        return c.children(k, "nmod").stream().filter(m -> c.caseOf(m).equals("of")).toList();
    }

    /** "$10 million", "5 billion euros": a sum of money counted by a number. */
    static boolean sum(Clause c, int h) {
        return !c.children(h, "nummod").isEmpty() && CURRENCIES.contains(c.lemma(h));
    }

    /** "pulled out of": a particle a row names ("out"), parsed as the first word of an "X of" preposition. */
    static boolean particleOf(String cases, Set<String> particles) {
        return cases.endsWith(" of") && particles.contains(cases.substring(0, cases.length() - 3));
    }
}
