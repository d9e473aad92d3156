package org.dateline.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.dateline.model.EventType;

class PloverGoldEvalTest {
    @Test
    void renamedLabelsMapToTheirNewCategoryFirst() {
        assertThat(PloverGoldEval.accepted("DEMAND")).containsExactly(EventType.REQUEST);
        assertThat(PloverGoldEval.accepted("DISAPPROVE")).containsExactly(EventType.ACCUSE);
        assertThat(PloverGoldEval.accepted("FIGHT")).containsExactly(EventType.ASSAULT, EventType.COERCE);
    }

    @Test
    void categoriesThatPlover08SplitAcceptBothHalves() {
        assertThat(PloverGoldEval.accepted("CONCEDE")).containsExactly(EventType.CONCEDE, EventType.RETREAT);
        assertThat(PloverGoldEval.accepted("SANCTION")).containsExactly(EventType.SANCTION, EventType.COERCE);
        assertThat(PloverGoldEval.accepted("AGREE")).containsExactly(EventType.AGREE);
    }

    @Test
    void aLabelNoPloverTypeReadsAsNoAcceptedType() {
        assertThat(PloverGoldEval.accepted("DOCUMENT")).isEmpty();
    }

    @Test
    void goldCountryCodesAreNormalised() {
        assertThat(PloverGoldEval.normal("JAP")).isEqualTo("JPN");
        assertThat(PloverGoldEval.normal("VTN")).isEqualTo("VNM");
        assertThat(PloverGoldEval.normal("SRB")).isEqualTo("SRB");
    }
}
