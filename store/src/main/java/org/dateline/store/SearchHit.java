package org.dateline.store;

/**
 * One full-text search result.
 *
 * @param id              store key (content hash); {@link Store#article(String)} takes it
 * @param headline        the article headline
 * @param publicationDate TimeML publication date, or null
 * @param snippet         a passage of the body with matched terms between the caller's markers
 * @param score           BM25 relevance, higher is better (FTS5's bm25() negated)
 */
public record SearchHit(String id, String headline, String publicationDate, String snippet, double score) {}
