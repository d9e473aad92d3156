package org.dateline.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A period closing a one-word bracket is an abbreviation's and is blanked; other periods stay. Sentences written here. */
class BracketedAbbreviationsTest {

    @Test
    void aPartyAndStateLabelLosesItsLastPeriodAndKeepsItsLength() {
        String text = "Sen. Ann Fielding (R-N.M.), a member of the panel, spoke.";
        String blanked = BracketedAbbreviations.blanked(text);
        assertThat(blanked).hasSameSizeAs(text).isEqualTo("Sen. Ann Fielding (R-N.M ), a member of the panel, spoke.");
    }

    @Test
    void aBracketWithBlanksOrAPeriodInsideTheSentenceIsLeftAlone() {
        String text = "The talks ended (see the report.) Then the envoys left (Reuters). A. B. Cole (ret) spoke.";
        assertThat(BracketedAbbreviations.blanked(text)).isEqualTo(text);
    }

    @Test
    void theSplitterKeepsTheSpeakerAndHisWordsInOneSentence() {
        var tagged = NlpModels.shared().tag(BracketedAbbreviations.blanked(
                "Sen. Ann Fielding (D-W.Va.), a member of the panel, criticized the plan on Monday."));
        assertThat(tagged).hasSize(1);
    }
}
