package org.dateline.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PloverGoldEvalTest {
    @Test
    void renamedLabelsMapToTheirNewCategoryFirst() {
        assertThat(PloverGoldEval.accepted("DEMAND")).containsExactly("REQUEST");
        assertThat(PloverGoldEval.accepted("DISAPPROVE")).containsExactly("ACCUSE");
        assertThat(PloverGoldEval.accepted("FIGHT")).containsExactly("ASSAULT", "COERCE");
    }

    @Test
    void categoriesThatPlover08SplitAcceptBothHalves() {
        assertThat(PloverGoldEval.accepted("CONCEDE")).containsExactly("CONCEDE", "RETREAT");
        assertThat(PloverGoldEval.accepted("SANCTION")).containsExactly("SANCTION", "COERCE");
        assertThat(PloverGoldEval.accepted("AGREE")).containsExactly("AGREE");
    }

    @Test
    void goldCountryCodesAreNormalised() {
        assertThat(PloverGoldEval.normal("JAP")).isEqualTo("JPN");
        assertThat(PloverGoldEval.normal("VTN")).isEqualTo("VNM");
        assertThat(PloverGoldEval.normal("SRB")).isEqualTo("SRB");
    }
}
