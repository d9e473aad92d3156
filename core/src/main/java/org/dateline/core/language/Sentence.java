package org.dateline.core.language;

import java.util.List;

import org.dateline.model.Entity;

/**
 * A sentence with its tokens and the entity mentions inside it: what the event coder reads.
 *
 * @param index    0-based sentence number in the article
 * @param start    body offset (inclusive)
 * @param end      body offset (exclusive)
 * @param tokens   the sentence's tokens, in order
 * @param mentions entities whose span lies in this sentence, in order
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Entity> mentions) {
    public Sentence {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
    }

    /**
     * The sentence numbered {@code index} in a list of an article's sentences, or null: a list may leave sentences
     * out (the event stage skips those too long to parse), so its position is tried first and then every entry.
     */
    public static Sentence numbered(List<Sentence> sentences, int index) {
        if (index >= 0 && index < sentences.size() && sentences.get(index).index() == index) return sentences.get(index);
        for (Sentence s : sentences) if (s.index() == index) return s;
        return null;
    }

    /** The same sentence with its mentions filled in. */
    public Sentence withMentions(List<Entity> ms) { return new Sentence(index, start, end, tokens, ms); }
}
