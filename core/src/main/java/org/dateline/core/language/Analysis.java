package org.dateline.core.language;

import java.util.List;

import org.dateline.model.Entity;
import org.dateline.model.Quote;

/** What the language layer found in one article: entity mentions, quotes, and the tagged sentences. */
public record Analysis(List<Entity> entities, List<Quote> quotes, List<Sentence> sentences) {
    public Analysis {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        sentences = List.copyOf(sentences);
    }

    public static Analysis empty() { return new Analysis(List.of(), List.of(), List.of()); }

    /** Number of tokens analysed, for throughput figures. */
    public int tokenCount() { return sentences.stream().mapToInt(s -> s.tokens().size()).sum(); }
}
