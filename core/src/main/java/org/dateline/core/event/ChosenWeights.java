package org.dateline.core.event;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Which weights a learned stage ({@link EventFilter}, {@link EventProposer}) runs with, as its system property says:
 * unset or blank, the model shipped next to the stage's class; {@code off}, no model at all (the stage passes the
 * rules' output through); anything else, the path of a weights file (a model trained but not shipped, such as one
 * learned on half A to score half B). One reading for both stages, so that {@code -Ddateline.event-filter=off} and
 * {@code -Ddateline.event-proposer=off} mean the same thing.
 */
final class ChosenWeights {
    /** The value of a stage's property that turns its model off. */
    static final String OFF = "off";

    private ChosenWeights() {}

    /**
     * The weights the property names.
     *
     * @param none    the weights of a stage turned off
     * @param file    reads a weights file
     * @param shipped reads the shipped model (called only when the property names no other)
     */
    static <W> W named(String property, W none, Function<Path, W> file, Supplier<W> shipped) {
        String chosen = System.getProperty(property, "").strip();
        if (chosen.equals(OFF)) return none;
        if (!chosen.isEmpty()) return file.apply(Path.of(chosen));
        return shipped.get();
    }
}
