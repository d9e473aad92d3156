package org.dateline.core.event;

import org.dateline.core.language.NlpModels;
import org.dateline.core.language.Sentence;

/** A sentence written for a test, tagged and parsed as the coder reads it, and the place of a word in it. */
final class ParsedClauses {
    private ParsedClauses() {}

    /** The first sentence of the text as a {@link Clause}. */
    static Clause parse(String sentence) {
        Sentence s = NlpModels.shared().tag(sentence).get(0);
        return new Clause(s, NlpModels.shared().parse(s));
    }

    /** The index of the first token written {@code word} (lower case), failing the test when there is none. */
    static int at(Clause c, String word) {
        for (int i = 0; i < c.size(); i++) if (c.lower(i).equals(word)) return i;
        throw new AssertionError(word);
    }
}
