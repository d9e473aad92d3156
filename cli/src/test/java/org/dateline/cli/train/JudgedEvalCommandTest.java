package org.dateline.cli.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JudgedEvalCommandTest {
    @Test void aDocumentIsScoredWithTheKindOfTextItsKeyNames() {
        assertThat(JudgedEvalCommand.family("kcna:5120")).isEqualTo("KCNA");
        assertThat(JudgedEvalCommand.family("tml:AQUAINT/APW19980807.0261.tml")).isEqualTo("wire");
        assertThat(JudgedEvalCommand.family("n4k:0a1b2c")).isEqualTo("web");
        assertThat(JudgedEvalCommand.family("wcxb:0042")).isEqualTo("web");
    }

    @Test void aMissedEventIsListedWithTheWholeSentenceItSitsInOnOneLine() {
        String body = "The minister arrived on Monday. He met\n  the mayor of the town and talked. Rain fell.";
        int at = body.indexOf("met");
        assertThat(JudgedEvalCommand.sentenceAt(body, at, at + 3)).isEqualTo("He met the mayor of the town and talked.");
        assertThat(JudgedEvalCommand.sentenceAt(body, 0, 3)).isEqualTo("The minister arrived on Monday.");
    }

    @Test void aSpanOutsideTheBodyGivesNoSentenceRatherThanAnError() {
        assertThat(JudgedEvalCommand.sentenceAt("Short.", 4, 40)).isEmpty();
        assertThat(JudgedEvalCommand.sentenceAt(null, 0, 1)).isEmpty();
    }
}
