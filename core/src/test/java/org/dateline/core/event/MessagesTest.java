package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** Messages of congratulation, condolence and greeting are SUPPORT from sender to addressee. Invented sentences. */
class MessagesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean support(Event e, String from, String to) {
        return e.type() == EventType.SUPPORT
                && e.actors().stream().anyMatch(p -> from.equals(p.country()))
                && e.recipients().stream().anyMatch(p -> to.equals(p.country()));
    }

    @Test void aCongratulatoryMessageIsSupportFromSenderToAddressee() {
        assertThat(code("The president of Mali sent a congratulatory message to the Chinese premier on Monday."))
                .anyMatch(e -> support(e, "MLI", "CHN"));
        assertThat(code("The Angolan president extended warm congratulations to the Namibian president on Monday."))
                .anyMatch(e -> support(e, "AGO", "NAM"));
    }

    @Test void aMessageOfCondolenceIsSupportToo() {
        assertThat(code("The Peruvian foreign minister sent a message of condolence to the Chilean government."))
                .anyMatch(e -> support(e, "PER", "CHL"));
    }

    @Test void aMessageWithoutSuchAModifierIsNoEvent() {
        assertThat(code("The Peruvian foreign minister sent a message to the Chilean government."))
                .noneMatch(e -> e.type() == EventType.SUPPORT);
    }
}
