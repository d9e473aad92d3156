package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** Cues that an event did not happen, or that nothing was rejected, on sentences written for this test. */
class StatusCuesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean occurred(Event e, EventType type) {
        return e.type() == type && e.status() == EventStatus.OCCURRED;
    }

    @Test void whatPartiesHaveYetToDoHasNotHappened() {
        assertThat(code("Peru and Chile have yet to agree on a new fisheries accord."))
                .noneMatch(e -> occurred(e, EventType.AGREE));
        assertThat(code("The border treaty between Peru and Chile is yet to be signed."))
                .noneMatch(e -> e.status() == EventStatus.OCCURRED);
    }

    @Test void decliningToCommentRejectsNothing() {
        assertThat(code("The Kenyan foreign ministry declined to comment on the report on Monday."))
                .noneMatch(e -> e.type() == EventType.REJECT);
        assertThat(code("Ethiopia refused to say whether it had asked Sudan for help."))
                .noneMatch(e -> e.type() == EventType.REJECT);
    }

    @Test void aRefusalOfAnActIsStillARejection() {
        assertThat(code("Ethiopia refused to withdraw its troops from the disputed town, the Eritrean government said."))
                .anyMatch(e -> e.type() == EventType.REJECT);
    }

    @Test void whatADenialSaysDidNotHappen() {
        assertThat(code("Rwanda denied that its troops shelled a Congolese village on Tuesday."))
                .noneMatch(e -> occurred(e, EventType.ASSAULT));
    }

    @Test void whatAPartyIsDeterminedOrEagerToDoIsStillAhead() {
        for (String story : new String[] {
                "Iran is eager to resume talks with the European Union, the minister said on Monday.",
                "The Malian government is determined to hold talks with the Tuareg rebels in Algiers.",
                "Chile is keen to sign a trade agreement with Peru."}) {
            assertThat(GoldEvents.codeStory(story)).as(story).isNotEmpty()
                    .allMatch(e -> e.status() == org.dateline.model.EventStatus.PLANNED);
        }
    }
}
