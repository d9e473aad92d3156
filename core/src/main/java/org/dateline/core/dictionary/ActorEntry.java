package org.dateline.core.dictionary;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One record of an actor dictionary: the primary phrase ({@code BARACK_OBAMA}), its synonyms (the {@code +} lines)
 * and its codes, default or date-restricted. Phrases are kept as written; {@link PetrarchPhrase#words} reads them.
 *
 * @param line the line of the primary phrase, for messages that send a reader back to the file
 */
public record ActorEntry(String phrase, List<String> synonyms, List<ActorCode> codes, int line) {
    public ActorEntry {
        synonyms = List.copyOf(synonyms);
        codes = List.copyOf(codes);
    }

    /** The primary phrase and the synonyms, primary first. */
    public List<String> phrases() {
        return Stream.concat(Stream.of(phrase), synonyms.stream()).toList();
    }

    /**
     * The code in force on a day, as PETRARCH decides it: the first restriction that admits the day, else the
     * default code; empty when neither applies (a null code).
     */
    public Optional<ActorCode> codeOn(LocalDate day) {
        for (ActorCode c : codes) if (!c.isDefault() && c.appliesOn(day)) return Optional.of(c);
        return defaultCode();
    }

    /** The first code without a restriction, if any. */
    public Optional<ActorCode> defaultCode() { return codes.stream().filter(ActorCode::isDefault).findFirst(); }

    /**
     * The code whose days reach furthest (open-ended and default codes reach furthest; among equals the one written
     * last): for news of today, the code of the actor's current role.
     */
    public Optional<ActorCode> latestCode() {
        Comparator<ActorCode> byEnd = Comparator.comparing(ActorCode::to, Comparator.nullsLast(Comparator.naturalOrder()));
        ActorCode best = null;
        for (ActorCode c : codes) if (best == null || byEnd.compare(c, best) >= 0) best = c;
        return Optional.ofNullable(best);
    }
}
