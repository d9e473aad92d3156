package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.junit.jupiter.api.Test;

/** Capturing a record (footage, an image, the moment) is recording it, no capture by force. Sentences written for this test. */
class CapturedRecordsTest {

    @Test
    void footageOrAMomentCapturedIsNoSeizure() {
        eventsOf("The doorbell camera captured footage of the delivery driver.").isEmpty();
        eventsOf("Every clip will still be captured while the hub is offline, and the footage is captured in 4K.")
                .isEmpty();
    }

    /** A guard: a town captured is still taken by force. */
    @Test
    void aTownCapturedIsStillTakenByForce() {
        eventsOf("Rebels captured the Congolese town of Goma on Tuesday.").isNotEmpty();
    }
}
