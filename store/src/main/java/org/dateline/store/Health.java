package org.dateline.store;

import java.util.List;

/**
 * The outcome of {@link Store#verify()}: whether the file and its full-text index are sound.
 *
 * @param articles     rows in the articles table
 * @param indexedRows  documents the full-text index holds (its own count, not the content table's)
 * @param problems     what is wrong, one line each; empty when all is well
 */
public record Health(long articles, long indexedRows, List<String> problems) {
    public Health {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
