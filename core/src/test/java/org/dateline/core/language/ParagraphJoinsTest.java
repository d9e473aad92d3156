package org.dateline.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Paragraphs joined with ".," are split again, abbreviations before a comma are not; on sentences written here. */
class ParagraphJoinsTest {

    @Test
    void aPeriodAndCommaBeforeACapitalBecomeAParagraphBreakOfTheSameLength() {
        String joined = "The committee met in the capital.,  The envoy left for Oslo on Monday.";
        String restored = ParagraphJoins.restore(joined);
        assertThat(restored).hasSameSizeAs(joined);
        assertThat(restored).isEqualTo("The committee met in the capital.\n\n The envoy left for Oslo on Monday.");
    }

    @Test
    void aJoinWithOneBlankAfterAQuoteOrAnExclamationIsRestoredToo() {
        assertThat(ParagraphJoins.restore("They shouted \"Down with the war!\", Then they marched."))
                .isEqualTo("They shouted \"Down with the war!\"\n\nThen they marched.");
        assertThat(ParagraphJoins.restore("The talks ended in 1998., 2001 saw new ones."))
                .isEqualTo("The talks ended in 1998.\n\n2001 saw new ones.");
    }

    @Test
    void anAbbreviationOrAnInitialBeforeACommaIsLeftInItsSentence() {
        List<String> kept = List.of(
                "Troops of the U.S., Canada and France arrived.",
                "Members of the C.C., Farmers' Union attended.",
                "Smith and Sons Co., Ltd. signed the deal.",
                "The list names Robert J., Anna and others.",
                "Tanks, guns, etc., Were shown.");
        for (String s : kept) assertThat(ParagraphJoins.restore(s)).isEqualTo(s);
    }

    @Test
    void aPeriodAndCommaBeforeALowerCaseWordIsNotAJoin() {
        String s = "He bought pens, paper etc., and left.";
        assertThat(ParagraphJoins.restore(s)).isEqualTo(s);
    }

    @Test
    void theAnalyzerReadsTwoJoinedParagraphsAsTwoSentences() {
        String body = "The minister visited the plant on May 3.,  The delegation of Peru arrived in Lima yesterday.";
        Analysis a = LanguageAnalyzerTest.analyze(body, null, null);
        assertThat(a.sentences()).hasSize(2);
        assertThat(body.substring(a.sentences().get(1).start())).startsWith("The delegation");
    }
}
