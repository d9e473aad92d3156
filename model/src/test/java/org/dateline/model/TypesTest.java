package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TypesTest {
    @Test
    void theEventTypesAreTheSixteenPloverCategoriesSpelledAsTheAnnotateContractWritesThem() {
        assertThat(Spelled.spellings(EventType.class)).containsExactly("AGREE", "CONSULT", "SUPPORT", "CONCEDE",
                "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "SANCTION", "THREATEN", "PROTEST",
                "MOBILIZE", "COERCE", "ASSAULT");
        assertThat(EventType.CONSULT.spelling()).isEqualTo("CONSULT");
    }

    @Test
    void eachEventTypeSitsInThePloverManualsQuadClass() {
        assertThat(EventType.CONSULT.quad()).isEqualTo(1);
        assertThat(EventType.AID.quad()).isEqualTo(2);
        assertThat(EventType.THREATEN.quad()).isEqualTo(3);
        assertThat(EventType.PROTEST.quad()).isEqualTo(4);
        assertThat(EventType.ASSAULT.quad()).isEqualTo(4);
        for (EventType t : EventType.values()) assertThat(t.quad()).as(t.spelling()).isBetween(1, 4);
    }

    @Test
    void theEntityTypesAreSpelledAsTheAnnotateContractWritesThem() {
        assertThat(Spelled.spellings(EntityType.class))
                .containsExactly("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY", "NATIONALITY", "GROUP", "PRONOUN");
    }

    @Test
    void everyTypeSpellingParsesBackToItsConstant() {
        for (EventType t : EventType.values()) assertThat(EventType.parse(t.spelling())).isSameAs(t);
        for (EntityType t : EntityType.values()) assertThat(EntityType.parse(t.spelling())).isSameAs(t);
        assertThat(EventType.parse(null)).isNull();
        assertThat(EntityType.parse(null)).isNull();
    }

    @Test
    void aPlover05NameOrAnotherCaseIsNoType() {
        assertThatThrownBy(() -> EventType.parse("DEMAND")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'DEMAND' is not a EventType");
        assertThatThrownBy(() -> EntityType.parse("person")).isInstanceOf(IllegalArgumentException.class);
    }
}
