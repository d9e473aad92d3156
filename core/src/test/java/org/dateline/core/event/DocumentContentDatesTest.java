package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * What an article or a statement says is dated by the day it was carried or issued, given on the verb or on the paper;
 * on sentences written for this test (published Wednesday 10 May 2023).
 */
class DocumentContentDatesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void anArticleCarriedByAPaperOnAGivenDayPraisesOnThatDay() {
        List<Event> es = code("The Nepalese newspaper Himal on May 2 carried an article praising the Bhutanese king.");
        assertThat(DatedEvents.byType(es, "SUPPORT").date()).isEqualTo("2023-05-02");
    }

    @Test void aStatementIssuedOnAGivenDayDenouncesOnThatDay() {
        List<Event> es = code("The Peruvian miners' union issued on May 4 a statement denouncing the Chilean company.");
        assertThat(DatedEvents.byType(es, "ACCUSE").date()).isEqualTo("2023-05-04");
    }
}
