package org.dateline.core.read.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Datelines of invented wire leads, and sentences that only look like one. */
class DatelineParserTest {

    @Test
    void anUnderscoreDashOfAnAsciiWireFeedEndsADateline() {
        DatelineParser.Dateline d = DatelineParser.parse("MARVELLA (AP) _ Officials of the port rejected the offer.");
        assertThat(d).isNotNull();
        assertThat(d.place()).isEqualTo("MARVELLA");
        assertThat(d.agency()).isEqualTo("AP");
        assertThat(d.rest()).isEqualTo("Officials of the port rejected the offer.");
    }

    @Test
    void aDatedDatelineWithAnUnderscoreDashKeepsItsDate() {
        DatelineParser.Dateline d = DatelineParser.parse("NORTH KEVERN, Oct. 3 (Reuters) _ The council met.");
        assertThat(d).isNotNull();
        assertThat(d.dateText()).isEqualTo("Oct. 3");
        assertThat(d.rest()).isEqualTo("The council met.");
    }

    @Test
    void aSentenceWithUnderscoresAndNoAgencyDateOrCapitalPlaceIsNoDateline() {
        assertThat(DatelineParser.parse("Moon _ the harbour master _ said the ferry was late.")).isNull();
    }

    @Test
    void theOlderDashesStillEndADateline() {
        assertThat(DatelineParser.parse("Port Alder, May 2 (KCNA) -- The delegation left.").rest())
                .isEqualTo("The delegation left.");
    }

    @Test
    void aDatelineAloneOnItsLineLeavesNothingAfterIt() {
        DatelineParser.Dateline d = DatelineParser.parse("MARVELLA, Kestria (AP) _");
        assertThat(d).isNotNull();
        assertThat(d.place()).isEqualTo("MARVELLA, Kestria");
        assertThat(d.rest()).isEmpty();
    }

    @Test
    void aLineOfOrdinaryWordsEndingInADashIsNoDateline() {
        assertThat(DatelineParser.parse("Harbour news -")).isNull();
    }
}
