package org.dateline.core.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.language.LanguageAnalyzerTest.analyze;
import static org.dateline.core.language.LanguageAnalyzerTest.mention;

import org.junit.jupiter.api.Test;

/** A body "in" a state is that state's, and a title without a name is of the state of the body it names. */
class TitleOwnersTest {

    @Test
    void aPartyInAStateAndItsChairmanAreOfThatState() {
        Analysis a = analyze("A meeting was held on Monday. The chairman of the Communist Party in Sweden said that the "
                + "struggle would go on.", null, null);
        assertThat(mention(a, "Communist Party", 0).orElseThrow().country()).isEqualTo("SWE");
        assertThat(mention(a, "chairman", 0).orElseThrow().country()).isEqualTo("SWE");
    }

    @Test
    void aBodyInACityGetsNoStateFromIt() {
        Analysis a = analyze("The chairman of the Friendship Committee in Tarvo said that the meeting was a success.", null, null);
        assertThat(mention(a, "chairman", 0).orElseThrow().country()).isNull();
    }
}
