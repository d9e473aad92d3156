package org.dateline.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether a party rules its state, by its name or the text's word for it; on names written for this test. */
class RulingPartiesTest {
    @Test void aStatesConstitutionalRulingPartyRules() {
        assertThat(RulingParties.rules("Workers' Party of Korea")).isTrue();
        assertThat(RulingParties.rules("Central Committee of the Workers\u2019 Party of Korea")).isTrue();
        assertThat(RulingParties.rules("Communist Party of China")).isTrue();
    }

    @Test void aPartyTheTextCallsRulingRules() {
        assertThat(RulingParties.rules("ruling Labour Party of Ruritania")).isTrue();
    }

    @Test void anyOtherPartyIsOutOfGovernment() {
        assertThat(RulingParties.rules("Communist Party of Britain")).isFalse();
        assertThat(RulingParties.rules("Korean Social Democratic Party")).isFalse();
        assertThat(RulingParties.rules("Labour Party of Ruritania")).isFalse();
        assertThat(RulingParties.rules(null)).isFalse();
    }
}
