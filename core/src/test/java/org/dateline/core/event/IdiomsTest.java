package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** Idioms make no events; the same trigger words used literally still do. Invented sentences. */
class IdiomsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean typed(Event e, String type) { return String.valueOf(e.type()).equals(type); }

    @Test void aPledgeToFightCorruptionIsNoAssault() {
        assertThat(code("The new Zambian government vowed on Monday to fight corruption in the ministries."))
                .noneMatch(e -> typed(e, "ASSAULT"));
        assertThat(code("Zambian troops fought rebels near the Angolan border on Monday."))
                .anyMatch(e -> typed(e, "ASSAULT"));
    }

    @Test void fieldGuidanceIsNoAid() {
        assertThat(code("The Angolan president gave field guidance to a cement factory in Luanda on Monday."))
                .noneMatch(e -> typed(e, "AID"));
    }

    @Test void takingStepsSeizesNothing() {
        assertThat(code("Bolivia took steps on Friday to calm the markets."))
                .noneMatch(e -> typed(e, "COERCE") || typed(e, "ASSAULT"));
    }
}
