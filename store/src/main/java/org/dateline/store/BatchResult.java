package org.dateline.store;

import java.util.List;

/**
 * What one {@link Store#add} or {@link Store#addAnnotated} did.
 *
 * @param added      articles newly stored
 * @param duplicates articles whose content was already stored (or repeated within the batch), so skipped
 * @param addedIds   store keys (content hashes) of the added articles, in input order
 * @param annotated  articles whose annotations were stored by this call: the new ones, and already stored ones
 *                   that had none (stored by an ingest without NLP); always 0 for {@link Store#add}
 */
public record BatchResult(int added, int duplicates, List<String> addedIds, int annotated) {
    public BatchResult {
        addedIds = List.copyOf(addedIds);
    }

    public BatchResult(int added, int duplicates, List<String> addedIds) {
        this(added, duplicates, addedIds, 0);
    }
}
