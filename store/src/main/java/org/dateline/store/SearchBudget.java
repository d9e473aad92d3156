package org.dateline.store;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How much a full-text search may cost before it is stopped: a wall-clock limit, and a signal that the one who
 * asked no longer wants the answer (a web client that hung up). FTS5's cost grows quickly with OR'd prefix terms
 * and deep offsets, so a search without a budget could keep a reader and a core busy for minutes.
 *
 * <p>SQLite checks the budget every few thousand virtual-machine steps (its progress handler), so a search stops
 * within milliseconds of running out, and reports {@link SearchInterruptedException}.
 *
 * @param timeLimit how long the search may run
 * @param cancelled true once the answer is no longer wanted; called often, so it must be cheap
 */
public record SearchBudget(Duration timeLimit, BooleanSupplier cancelled) {
    /** The budget of a search that names none: {@value #DEFAULT_SECONDS} seconds, never cancelled. */
    public static final SearchBudget DEFAULT = within(Duration.ofSeconds(SearchBudget.DEFAULT_SECONDS));
    private static final int DEFAULT_SECONDS = 10;

    public SearchBudget {
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(cancelled, "cancelled");
        if (timeLimit.isNegative()) throw new IllegalArgumentException("a search's time limit cannot be negative");
    }

    /** A budget of {@code timeLimit}, never cancelled. */
    public static SearchBudget within(Duration timeLimit) {
        return new SearchBudget(timeLimit, () -> false);
    }

    /** This budget, also stopped when {@code signal} turns true. */
    public SearchBudget cancelledWhen(BooleanSupplier signal) {
        BooleanSupplier mine = cancelled;
        return new SearchBudget(timeLimit, () -> mine.getAsBoolean() || signal.getAsBoolean());
    }
}
