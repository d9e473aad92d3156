package org.dateline.cli.train;

import java.util.Arrays;
import java.util.Optional;

/**
 * A judge's verdict on one row of a judged file (tools/event-filter/judged/README.md, "Conventions"): a coded event
 * found right, coded with a wrong type or actor, a duplicate or no event at all, or a real event the coder missed.
 * Each verdict is written in the file as its {@link #label()}, which {@link #toString()} gives back so that listings
 * print what the judge wrote.
 */
enum Verdict {
    RIGHT("right"),
    WRONG_TYPE("wrong-type"),
    WRONG_ACTOR("wrong-actor"),
    DUPLICATE("duplicate"),
    /** A coded event that stands for no real event (CODING.md section 7). */
    NOT_EVENT("not-event"),
    MISSED("missed");

    private final String label;

    Verdict(String label) { this.label = label; }

    /** The word a judge writes in the verdict column. */
    String label() { return label; }

    /** A real event stands behind the row: found right, coded with a wrong type or actor, or missed. */
    boolean gold() { return this == RIGHT || this == WRONG_TYPE || this == WRONG_ACTOR || this == MISSED; }

    /** The verdict a judge wrote as {@code label}, or empty for a word that is none. */
    static Optional<Verdict> of(String label) {
        return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
    }

    @Override
    public String toString() { return label; }
}
