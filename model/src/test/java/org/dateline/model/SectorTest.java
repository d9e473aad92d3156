package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SectorTest {
    @Test
    void aCodeIsOneOrMoreGroupsOfThreeCapitals() {
        assertThat(Sector.isCode("GOV")).isTrue();
        assertThat(Sector.isCode("GOVMIL")).isTrue();
        assertThat(Sector.isCode("REBMUS")).isTrue();
        assertThat(Sector.isCode("gov")).isFalse();
        assertThat(Sector.isCode("GO")).isFalse();
        assertThat(Sector.isCode("GOVM")).isFalse();
        assertThat(Sector.isCode("")).isFalse();
        assertThat(Sector.isCode(null)).isFalse();
    }

    @Test
    void aSectorOfAnotherShapeCannotBeMade() {
        assertThatThrownBy(() -> new Sector("Government")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Government' is not a sector code");
        assertThat(new Sector("GOVDEV").code()).isEqualTo("GOVDEV");
    }

    @Test
    void aConstantIsItsCodeAsWrittenAndNoOther() {
        assertThat(Sector.GOV.is("GOV")).isTrue();
        assertThat(Sector.GOV.is("GOVMIL")).isFalse();
        assertThat(Sector.GOV.is("gov")).isFalse();
        assertThat(Sector.GOV.is(null)).isFalse();
        assertThat(Sector.IGO.code()).isEqualTo("IGO");
        assertThat(Sector.MIL).hasToString("MIL");
    }
}
