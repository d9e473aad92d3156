package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A deed given as the cause of a judgement ("for having killed") is undated, not the article's day; a deed told as news
 * keeps the day. Sentences written for this test.
 */
class DeedsGivenAsCauseTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void aKillingGivenAsTheCauseOfAVerdictHasNoDate() {
        List<Event> es = code("The junta of Paraguay was branded a gang of butchers for having killed hundreds of miners.");
        assertThat(DatedEvents.byType(es, "ASSAULT").date()).isNull();
    }

    @Test void aKillingToldAsNewsKeepsTheDay() {
        List<Event> es = code("Paraguayan soldiers killed three miners near the border.");
        assertThat(DatedEvents.byType(es, "ASSAULT").date()).isNotNull();
    }
}
