package org.dateline.core.dictionary;

import java.util.List;
import java.util.Optional;

/** One top-level record of the verb dictionary: a synonym set, a verb family, or a transformation. */
public sealed interface VerbEntry {
    int line();

    /**
     * A synonym set: {@code &CURRENCY} then {@code +} lines. Patterns use it in place of a word.
     *
     * @param name    the label as patterns write it, with {@code &} and any final {@code _}
     * @param members its phrases in the order written
     */
    record Synset(String name, List<Member> members, int line) implements VerbEntry {
        public Synset { members = List.copyOf(members); }

        /** One phrase of a set, its words joined by spaces; plural false when the phrase or the label ends in _. */
        public record Member(String words, boolean plural) {
            /** The phrase and, if it takes one, its regular plural. */
            public List<String> forms() { return plural ? List.of(words, EnglishForms.plural(words)) : List.of(words); }
        }
    }

    /**
     * A verb family: {@code --- SAY [010] ---}, its verbs and its patterns.
     *
     * @param code the family's code; empty for {@code [---]} or none, where the verb alone makes no event
     */
    record Family(String name, Optional<VerbCode> code, List<Verb> verbs, List<VerbPattern> patterns, int line)
            implements VerbEntry {
        public Family {
            verbs = List.copyOf(verbs);
            patterns = List.copyOf(patterns);
        }
    }

    /**
     * A transformation of one verb acting on another, in postfix form: {@code ~ a (a b ATTACK) SAY = a b 015}.
     *
     * @param pattern the part before {@code =}
     * @param result  the part after it
     */
    record Transformation(String pattern, String result, int line) implements VerbEntry {}
}
