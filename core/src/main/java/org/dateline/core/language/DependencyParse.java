package org.dateline.core.language;

import java.util.List;

/**
 * A dependency parse of one sentence, computed only when asked for (see {@link NlpModels#parse(Sentence)}).
 * Token positions are indices into {@link Sentence#tokens()}; the head of the root is -1.
 */
public record DependencyParse(Sentence sentence, List<Arc> arcs) {
    public DependencyParse {
        arcs = List.copyOf(arcs);
    }

    /** A typed arc: {@code head --relation--> dependent}, with UD relation names ("nsubj", "obj", "obl", ...). */
    public record Arc(int head, int dependent, String relation) {}

    /** The dependents of a token, in order. */
    public List<Arc> dependents(int head) { return arcs.stream().filter(a -> a.head() == head).toList(); }

    /** The arc that attaches a token to its head, or null. */
    public Arc headOf(int dependent) {
        return arcs.stream().filter(a -> a.dependent() == dependent).findFirst().orElse(null);
    }
}
