package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.ParsedClauses.at;
import static org.dateline.core.event.ParsedClauses.parse;

import org.junit.jupiter.api.Test;

/**
 * A verb coordinated with another leans on it for what it lacks: {@link Coordination#auxiliaryHolder} climbs to the
 * conjunct that has it, as far as the caller's idea of leaning goes. Invented sentences.
 */
class CoordinationTest {
    private static boolean bare(Clause c, int v) { return c.children(v, "aux", "aux:pass", "nsubj", "nsubj:pass").isEmpty(); }

    @Test void aBareSecondVerbFindsTheModalOfTheFirst() {
        Clause c = parse("The coaches can advise and encourage the young players.");
        assertThat(Coordination.auxiliaryHolder(c, at(c, "encourage"), v -> bare(c, v))).isEqualTo(at(c, "advise"));
    }

    @Test void aSecondVerbWithItsOwnAuxiliaryKeepsIt() {
        Clause c = parse("The troops killed two men and will pursue the rest.");
        int pursue = at(c, "pursue");
        assertThat(Coordination.auxiliaryHolder(c, pursue, v -> bare(c, v))).isEqualTo(pursue);
    }

    @Test void aVerbThatIsNoConjunctIsItsOwnHolder() {
        Clause c = parse("The mayor will open the new bridge.");
        int open = at(c, "open");
        assertThat(Coordination.auxiliaryHolder(c, open, v -> true)).isEqualTo(open);
    }

    @Test void whatCountsAsLeaningIsTheCallers() {
        Clause c = parse("The coaches can advise and encourage the young players.");
        int encourage = at(c, "encourage");
        assertThat(Coordination.auxiliaryHolder(c, encourage, v -> c.pos(v).equals("VB"))).isEqualTo(at(c, "advise"));
        assertThat(Coordination.auxiliaryHolder(c, encourage, v -> c.pos(v).equals("VBN"))).isEqualTo(encourage);
    }
}
