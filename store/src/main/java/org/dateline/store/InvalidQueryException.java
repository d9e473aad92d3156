package org.dateline.store;

/**
 * A search query the store will not run: FTS5 cannot read it and it has no words, or it is larger than a search
 * may be. The asker's mistake (a usage error, HTTP 400), never the store's.
 */
public final class InvalidQueryException extends StoreException {
    public InvalidQueryException(String message) {
        super(message);
    }

    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
