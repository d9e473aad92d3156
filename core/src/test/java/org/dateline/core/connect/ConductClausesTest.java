package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A verb of regard with its noun, or a life given to something, tells a conduct; other uses of the verbs do not. */
class ConductClausesTest {
    private static boolean conduct(String clause, String trigger) {
        return ConductClauses.tells(Tellings.words(clause), trigger);
    }

    @Test
    void aLightVerbOfRegardWithItsNounTellsAConduct() {
        assertThat(conduct("The governor paid deep attention to rebuilding the harbour district", "paid")).isTrue();
        assertThat(conduct("the council pays close heed to the farmers", "pays")).isTrue();
    }

    @Test
    void aLifeGivenToSomethingIsAConductSummedUp() {
        assertThat(conduct("The founder devoted all his life to the independence of the island", "devoted")).isTrue();
        assertThat(conduct("she dedicated her whole life to the poor", "dedicated")).isTrue();
    }

    @Test
    void theSameVerbsWithOtherObjectsAreDeedsOfADay() {
        assertThat(conduct("The delegation paid a visit to the shipyard", "paid")).isFalse();
        assertThat(conduct("The mayor paid tribute to the fallen miners", "paid")).isFalse();
        assertThat(conduct("The paper devoted a whole page to the anniversary", "devoted")).isFalse();
    }

    @Test
    void aConductToldInsideWhatSomeoneSaidIsNotTheReportsOwnDeed() {
        assertThat(conduct("He said the founder devoted all his life to the island", "said")).isFalse();
    }
}
