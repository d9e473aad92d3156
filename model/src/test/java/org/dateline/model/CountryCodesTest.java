package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryCodesTest {
    @Test
    void aStateCodeIsAStateAnInternationalBodyOrNoCodeIsNot() {
        assertThat(CountryCodes.isState("FRA")).isTrue();
        assertThat(CountryCodes.isState(CountryCodes.INTERNATIONAL)).isFalse();
        assertThat(CountryCodes.isState(null)).isFalse();
    }
}
