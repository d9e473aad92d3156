package org.dateline.store;

/**
 * Why the store could not do what was asked, in words a user can act on ("... is not a SQLite database",
 * "... is locked by another process"). Unchecked because callers (CLI, web) can only report it, not recover.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
