package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.dateline.model.EventStatus;

class StatusClassTest {
    @Test
    void plannedAndPossibleAreOnePlanAndNoStatusIsOther() {
        assertThat(StatusClass.of(EventStatus.PLANNED)).isEqualTo(StatusClass.PLAN);
        assertThat(StatusClass.of(EventStatus.POSSIBLE)).isEqualTo(StatusClass.PLAN);
        assertThat(StatusClass.of(EventStatus.OCCURRED)).isEqualTo(StatusClass.OCCURRED);
        assertThat(StatusClass.of(EventStatus.NEGATED)).isEqualTo(StatusClass.NEGATED);
        assertThat(StatusClass.of(null)).isEqualTo(StatusClass.OTHER);
    }

    @Test
    void linkEvidenceWritesTheClassInLowerCaseWords() {
        assertThat(StatusClass.PLAN.word()).isEqualTo("plan");
        assertThat(StatusClass.OCCURRED.word()).isEqualTo("occurred");
    }
}
