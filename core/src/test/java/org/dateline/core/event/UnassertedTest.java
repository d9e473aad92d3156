package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** Yes/no questions and obligations assert no act that happened. */
class UnassertedTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test
    void aYesNoQuestionAssertsNoAttackAndNoThreat() {
        assertThat(code("Will Ethiopia attack Eritrea again?")).isEmpty();
        assertThat(code("Did the rebels attack the convoy near Goma on Monday?")).isEmpty();
    }

    @Test
    void aYesNoQuestionStaysOneBehindClosingQuotes() {
        assertThat(code("\"Will Ethiopia attack Eritrea again?\"")).isEmpty();
    }

    @Test
    void aQuestionWithAQuestionWordTakesItsActAsGiven() {
        assertThat(code("Who attacked the convoy near Goma?")).extracting(Event::type).contains(EventType.ASSAULT);
    }

    @Test
    void anObligationIsNotReportedAsDone() {
        assertThat(code("Hamas must agree to a longer pause in the fighting.").stream()
                .filter(e -> e.type() == EventType.AGREE).map(Event::status))
                .isNotEmpty().doesNotContain(EventStatus.OCCURRED);
    }

    @Test
    void anIndirectQuestionAsksForNoAct() {
        assertThat(code("Senator Lena Ortiz asked why the mining firms were registered abroad.")
                .stream().map(Event::type)).doesNotContain(EventType.REQUEST);
        assertThat(code("The Kenyan opposition asked the finance minister whether the loan had been repaid.")
                .stream().map(Event::type)).doesNotContain(EventType.REQUEST);
    }

    @Test
    void askingSomeoneToActOrForSomethingIsStillARequest() {
        assertThat(code("Kenya asked Uganda to withdraw its troops from the border.").stream().map(Event::type))
                .contains(EventType.REQUEST);
        assertThat(code("Malawi asked the World Bank for emergency aid on Monday.").stream().map(Event::type))
                .contains(EventType.REQUEST);
    }
}
