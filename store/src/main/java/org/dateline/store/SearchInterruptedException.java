package org.dateline.store;

/**
 * A search stopped before it finished: it ran out of its {@link SearchBudget}'s time, its asker went away, or the
 * store was closed under it. The store is unharmed; a narrower query (fewer OR'd or prefix terms, a smaller offset)
 * may succeed.
 */
public final class SearchInterruptedException extends StoreException {
    private final boolean timedOut;

    SearchInterruptedException(String message, boolean timedOut, Throwable cause) {
        super(message, cause);
        this.timedOut = timedOut;
    }

    /** True when the time limit ran out; false when the search was cancelled. */
    public boolean timedOut() {
        return timedOut;
    }
}
