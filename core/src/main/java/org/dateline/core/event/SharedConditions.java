package org.dateline.core.event;

import java.util.List;

/**
 * The condition a coordination is under: in "if the court takes the case and rejects the appeal" the "if" hangs on
 * the first verb only, yet the second is just as hypothetical. A verb coordinated with another, with no subject and
 * no subordinator of its own, shares the subordinators of the verb it is coordinated with, even when it carries a
 * tense of its own (which otherwise makes it a clause apart for {@link Modality}: "killed two men and will pursue the
 * rest").
 */
final class SharedConditions {
    private SharedConditions() {}

    /** The subordinators ("if", "whether", "unless") v shares with the verb it is coordinated with; none if v has its own. */
    static List<Integer> marks(Clause c, int v) {
        if (!Coordination.verbalConjunct(c, v) || !c.subjects(v).isEmpty() || !c.children(v, "mark").isEmpty()) return List.of();
        return c.children(c.head(v), "mark");
    }
}
