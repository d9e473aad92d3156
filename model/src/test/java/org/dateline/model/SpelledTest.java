package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpelledTest {
    @Test
    void theStatusesAreSpelledAsTheAnnotateContractWritesThem() {
        assertThat(Spelled.spellings(EventStatus.class)).containsExactly("occurred", "planned", "possible", "negated");
        assertThat(Spelled.spellings(LinkRelation.class))
                .containsExactly("realizes", "realized_by", "cancelled_by", "postponed_by", "same_event");
        assertThat(DateModifier.ON_OR_BEFORE.spelling()).isEqualTo("ON_OR_BEFORE");
    }

    @Test
    void everySpellingParsesBackToItsConstant() {
        for (EventStatus s : EventStatus.values()) assertThat(EventStatus.parse(s.spelling())).isSameAs(s);
        for (LinkRelation r : LinkRelation.values()) assertThat(LinkRelation.parse(r.spelling())).isSameAs(r);
        for (DateModifier m : DateModifier.values()) assertThat(DateModifier.parse(m.spelling())).isSameAs(m);
    }

    @Test
    void anAbsentValueIsNullBothWays() {
        assertThat(EventStatus.parse(null)).isNull();
        assertThat(Spelled.of(null)).isNull();
    }

    @Test
    void anUnknownWordIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> EventStatus.parse("OCCURRED"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'OCCURRED' is not a EventStatus")
                .hasMessageContaining("occurred, planned, possible, negated");
    }

    @Test
    void onlyPlansAndPossibilitiesLieAhead() {
        assertThat(EventStatus.PLANNED.isAhead()).isTrue();
        assertThat(EventStatus.POSSIBLE.isAhead()).isTrue();
        assertThat(EventStatus.OCCURRED.isAhead()).isFalse();
        assertThat(EventStatus.NEGATED.isAhead()).isFalse();
    }
}
