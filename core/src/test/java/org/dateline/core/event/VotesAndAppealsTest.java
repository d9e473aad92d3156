package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A vote is no event whatever its direction (the ballot is the procedure; what the body then does, or the act an
 * infinitive names, "voted to reject", is the event), and the family of "appealed to X to act" asks X for the act as
 * "urged X to act" does. Invented sentences.
 */
class VotesAndAppealsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void aVoteForOrAgainstAMeasureIsTheProcedureNotAnEvent() {
        // CODING.md question 122: the event is what the body then does, not the ballot
        assertThat(code("The Chilean senate voted against the government's pension reform on Tuesday.")).isEmpty();
        assertThat(code("The Chilean senate voted the pension bill down on Thursday.")).isEmpty();
        assertThat(code("Bolivian lawmakers voted for the trade agreement with Chile.")).isEmpty();
        assertThat(code("The Chilean senate voted on the pension reform on Tuesday.")).isEmpty();
        assertThat(code("Many Chilean women voted for the first time.")).isEmpty();
    }

    @Test void whatTheBodyDoesAfterTheVoteIsStillCoded() {
        assertThat(code("The Chilean senate ratified the trade agreement with Bolivia on Tuesday."))
                .anyMatch(e -> e.type() == EventType.SUPPORT || e.type() == EventType.AGREE);
    }

    @Test void aVoteToRejectIsTheRejectionAlone() {
        assertThat(code("Bolivian lawmakers voted to reject the mining bill drafted by the ministry."))
                .anyMatch(e -> e.type() == EventType.REJECT).noneMatch(e -> e.type() == EventType.AGREE);
    }

    @Test void pleadingWithOrImploringSomeoneToActIsARequestRefinedByTheAct() {
        for (String verb : List.of("pleaded with", "implored", "urged")) {
            assertThat(code("The Chadian foreign minister " + verb + " Sudan to withdraw its troops from the border."))
                    .anyMatch(e -> e.type() == EventType.REQUEST && e.cameo().startsWith("10"));
        }
    }

    @Test void anAppealMadeToSomeoneIsARequest() {
        assertThat(code("The Chadian foreign minister made an appeal to Sudan to withdraw its troops from the border."))
                .anyMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test void pleadingGuiltyOrFilingACourtAppealAsksNothing() {
        assertThat(code("The opposition leader pleaded guilty to the charges on Monday.")).isEmpty();
        assertThat(code("The Chadian lawyers filed an appeal with the supreme court.")).noneMatch(e -> e.type() == EventType.REQUEST);
    }
}
