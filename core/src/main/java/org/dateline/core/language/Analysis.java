package org.dateline.core.language;

import java.util.List;

import org.dateline.model.Entity;

/** What the language layer found in one article: entity mentions and the tagged sentences that carry them. */
public record Analysis(List<Entity> entities, List<Sentence> sentences) {
    public Analysis {
        entities = List.copyOf(entities);
        sentences = List.copyOf(sentences);
    }

    public static Analysis empty() { return new Analysis(List.of(), List.of()); }

    /** Number of tokens analysed, for throughput figures. */
    public int tokenCount() { return sentences.stream().mapToInt(s -> s.tokens().size()).sum(); }
}
