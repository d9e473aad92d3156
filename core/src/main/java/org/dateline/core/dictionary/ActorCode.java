package org.dateline.core.dictionary;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One code of an actor with the days it applies to: {@code [USAGOV]} always (the default),
 * {@code [USAGOV >20090120]} from a day on, {@code [USAELI <20090120]} up to a day, {@code [USAELI 780101-000101]}
 * between two days. The limits are inclusive ("or equal to"); null means open.
 */
public record ActorCode(String code, LocalDate from, LocalDate to) {
    public ActorCode {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("an actor code cannot be blank");
        if (from != null && to != null && to.isBefore(from))
            throw new IllegalArgumentException("code " + code + " ends (" + to + ") before it starts (" + from + ")");
    }

    /** True for a code without a date restriction: it applies when no restricted code does. */
    public boolean isDefault() { return from == null && to == null; }

    /** True when the restriction admits the day (a default code admits every day). */
    public boolean appliesOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** The country part: the first three letters (USA of USAGOV; IGO of IGOUNO). */
    public String country() { return code.length() >= 3 ? code.substring(0, 3) : code; }

    /** The sector part: letters four to six (GOV of USAGOV), if the code has them. */
    public Optional<String> sector() { return code.length() >= 6 ? Optional.of(code.substring(3, 6)) : Optional.empty(); }
}
