package org.dateline.core.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.language.LanguageAnalyzerTest.analyze;
import static org.dateline.core.language.LanguageAnalyzerTest.the;

import org.junit.jupiter.api.Test;

/**
 * A person's title given by the office he has just taken ("upon his election as president of X") places him in the
 * state of that office. Sentences invented for these tests.
 */
class OfficeTakingsTest {

    @Test
    void anAddresseeElectedPresidentOfAStateIsOfThatState() {
        Analysis a = analyze("The premier sent a message of greeting to Anton Weber upon his election as president of "
                + "Austria.", null, null);
        assertThat(the(a, "Anton Weber").country()).isEqualTo("AUT");
        assertThat(the(a, "Anton Weber").role()).isEqualTo("president of Austria");
    }

    @Test
    void anAppointmentAsPrimeMinisterPlacesHerToo() {
        Analysis a = analyze("The premier on Monday greeted Marie Kone on her appointment as prime minister of Mali.",
                null, null);
        assertThat(the(a, "Marie Kone").country()).isEqualTo("MLI");
    }

    @Test
    void anElectionToNoOfficeGivesNoTitle() {
        // guard: "as" followed by no role word ("as soon as possible") is no title
        Analysis a = analyze("The premier urged Anton Weber to seek his election as soon as possible in Austria.", null, null);
        assertThat(the(a, "Anton Weber").role()).isNull();
    }

    @Test
    void aKnownLeaderKeepsHisOwnTitle() {
        // guard: a leader the people list knows is not retitled by the office he takes
        Analysis a = analyze("The visitor congratulated Kim Jong Un on his election as first chairman of the commission.",
                null, null);
        assertThat(the(a, "Kim Jong Un").role()).doesNotContain("first chairman");
    }
}
