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
}
