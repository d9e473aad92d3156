package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** A feeling held back represses no one and a fate met is no meeting; the literal uses still are. Invented sentences. */
class FeelingAndFateIdiomsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void holdingBackIndignationOrAngerIsNoRepression() {
        assertThat(code("The Peruvian writer said that he could not repress his indignation at the massacre."))
                .noneMatch(e -> e.type() == EventType.COERCE);
        assertThat(code("Chilean farmers, hardly suppressing their anger, marched to the square on Monday."))
                .noneMatch(e -> e.type() == EventType.COERCE);
    }

    @Test void suppressingAProtestStillIsRepression() {
        assertThat(code("Bolivian police suppressed the miners' protest in La Paz on Monday."))
                .anyMatch(e -> e.type() == EventType.COERCE);
    }

    @Test void meetingOnesEndOrFateIsNoMeeting() {
        assertThat(code("The Paraguayan dictator met his end in exile, the paper said."))
                .noneMatch(e -> e.type() == EventType.CONSULT);
        assertThat(code("The plotters in Quito will meet a miserable fate, the statement warned."))
                .noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test void meetingAMinisterStillIsAMeeting() {
        assertThat(code("The Paraguayan president met the Uruguayan foreign minister in Asuncion on Monday."))
                .anyMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test void demonstratingItsMightAsAPowerIsNoStreetDemonstration() {
        assertThat(code("The paper stressed that Bolivia is demonstrating its might as a great power."))
                .noneMatch(e -> e.type() == EventType.PROTEST);
    }
}
