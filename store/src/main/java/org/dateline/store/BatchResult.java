package org.dateline.store;

import java.util.List;

/**
 * What one {@link Store#add} did.
 *
 * @param added      articles newly stored
 * @param duplicates articles whose content was already stored (or repeated within the batch), so skipped
 * @param addedIds   store keys (content hashes) of the added articles, in input order
 */
public record BatchResult(int added, int duplicates, List<String> addedIds) {
    public BatchResult {
        addedIds = List.copyOf(addedIds);
    }
}
