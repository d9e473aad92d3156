package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Walking a parse up past its root: a rule that asks for the dependents of the root's head gets none, no error. */
class ClauseNavigationTest {

    @Test
    void theHeadOfTheRootHasNoDependents() {
        Clause c = ParsedClauses.parse("The delegation arrived in the capital on Monday.");
        int root = ParsedClauses.at(c, "arrived");
        assertThat(c.head(root)).isEqualTo(-1);
        assertThat(c.children(c.head(root))).isEmpty();
        assertThat(c.children(c.head(root), "obl", "nmod")).isEmpty();
        assertThat(c.childrenExact(c.head(root), "obl")).isEmpty();
        assertThat(c.children(root, "nsubj")).containsExactly(ParsedClauses.at(c, "delegation"));
    }
}
