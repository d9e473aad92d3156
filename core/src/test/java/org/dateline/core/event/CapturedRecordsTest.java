package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** Capturing a record (footage, an image, the moment) is recording it, no capture by force. Sentences written for this test. */
class CapturedRecordsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test
    void footageOrAMomentCapturedIsNoSeizure() {
        List<Event> es = code("The doorbell camera captured footage of the delivery driver.");
        assertThat(es).as(GoldEvents.describe(es)).isEmpty();
        es = code("Every clip will still be captured while the hub is offline, and the footage is captured in 4K.");
        assertThat(es).as(GoldEvents.describe(es)).isEmpty();
    }

    /** A guard: a town captured is still taken by force. */
    @Test
    void aTownCapturedIsStillTakenByForce() {
        List<Event> es = code("Rebels captured the Congolese town of Goma on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).isNotEmpty();
    }
}
