package org.dateline.core.language;

import java.util.Locale;
import java.util.Set;

/**
 * A modal the tagger read where English allows only a noun: right after a determiner or a possessive ("its might",
 * "their will", "the might of the army"). No modal ever follows one, so the word is the noun it is spelled like, and
 * is tagged NN before the parse; left a modal, the parser hangs the noun phrase's verb wrongly ("demonstrating its
 * might as a power" loses its object) and an idiom or an event built on the object is missed.
 */
final class ModalNouns {
    /** Tags of the words a noun, never a modal, may follow. */
    private static final Set<String> NOUN_OPENERS = Set.of("DT", "PRP$", "POS");
    private static final String MODAL = "MD";
    private static final String NOUN = "NN";

    private ModalNouns() {}

    /** The token, retagged as a noun when it is a modal right after a determiner or possessive; else itself. */
    static Token repair(Token t, Token before) {
        if (before == null || !MODAL.equals(t.pos()) || !NOUN_OPENERS.contains(before.pos())) return t;
        return new Token(t.index(), t.start(), t.end(), t.word(), t.word().toLowerCase(Locale.ROOT), NOUN,
                t.ner());
    }
}
