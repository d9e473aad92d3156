package org.dateline.core.dictionary;

import java.util.List;

/**
 * One element of a verb pattern ({@code - $ TROOP * (TOWARD +) [154]}).
 */
public sealed interface PatternToken {
    /** A word or an underscore-joined phrase that must appear ({@code TROOP}, {@code BOLSTER_TIES}). */
    record Word(String text) implements PatternToken {}

    /** A synonym set used in place of a word ({@code &MILITARY}), named as written with its {@code &}. */
    record SynsetRef(String name) implements PatternToken {}

    /** A slot: {@code $} the source, {@code +} the target, {@code %} a compound actor, {@code ^} skip a phrase. */
    record Slot(Kind kind) implements PatternToken {
        public enum Kind { SOURCE, TARGET, COMPOUND, SKIP }
    }

    /** A noun phrase in braces, head last ({@code {FINANCIAL AID}}). */
    record NounPhrase(List<PatternToken> words) implements PatternToken {
        public NounPhrase { words = List.copyOf(words); }
    }

    /** A prepositional phrase in parentheses: the preposition, then its object, possibly empty ({@code (TO)}). */
    record Prepositional(String preposition, List<PatternToken> object) implements PatternToken {
        public Prepositional { object = List.copyOf(object); }
    }

    /** TABARI's disjunction in braces ({@code {TALKS | NEGOTIATIONS}}): one of the alternatives must appear. */
    record Alternatives(List<List<PatternToken>> choices) implements PatternToken {
        public Alternatives { choices = choices.stream().map(List::copyOf).toList(); }
    }
}
