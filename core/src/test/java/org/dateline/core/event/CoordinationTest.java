package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.ParsedClauses.at;
import static org.dateline.core.event.ParsedClauses.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A verb coordinated with another leans on it for what it lacks: {@link Coordination#auxiliaryHolder} climbs to the
 * conjunct that has it, as far as the caller's idea of leaning goes. A listed word is read with the words listed with
 * it: {@link Coordination#withConjuncts} gives a list from its first member. Invented sentences.
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

    @Test void theFirstMemberOfAListOfThreeGivesTheWholeList() {
        Clause c = parse("The minister called on the workers, farmers and intellectuals to build new roads.");
        assertThat(Coordination.withConjuncts(c, at(c, "workers")))
                .containsExactly(at(c, "workers"), at(c, "farmers"), at(c, "intellectuals"));
    }

    @Test void aLaterMemberOfAListGivesItselfAlone() {
        Clause c = parse("The minister called on the workers, farmers and intellectuals to build new roads.");
        assertThat(Coordination.withConjuncts(c, at(c, "farmers"))).containsExactly(at(c, "farmers"));
    }

    @Test void aWordInNoListGivesItselfAlone() {
        Clause c = parse("The minister called on the workers to build new roads.");
        assertThat(Coordination.withConjuncts(c, at(c, "workers"))).containsExactly(at(c, "workers"));
    }

    @Test void severalWordsComeEachFollowedByItsConjuncts() {
        Clause c = parse("The Japanese and Korean trade officials met in Lima.");
        List<Integer> modifiers = c.children(at(c, "officials"), "amod", "compound");
        assertThat(Coordination.withConjuncts(c, modifiers))
                .containsExactly(at(c, "japanese"), at(c, "korean"), at(c, "trade"));
    }
}
