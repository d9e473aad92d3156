package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** Acts left undone in passing, acts recalled as background, and striving told with "fight to". */
class DeniedAndBackgroundActsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static List<EventType> types(String body) { return code(body).stream().map(Event::type).toList(); }

    @Test
    void aNegatedMeetingIsStillCodedAsNegated() {
        assertThat(code("The Kenyan and Ugandan presidents did not meet at the summit in Arusha.").stream()
                .map(Event::status)).contains(org.dateline.model.EventStatus.NEGATED);
    }

    @Test
    void anActDoneWithoutAnotherIsStillItselfButTheOtherIsNoEvent() {
        assertThat(types("The Kenyan president can deploy troops without seeking the approval of the parliament."))
                .doesNotContain(EventType.REQUEST);
    }

    @Test
    void aPastPerfectInARelativeClauseIsBackground() {
        assertThat(types("Peru accepted a border treaty that it had rejected at talks with Ecuador in 1988."))
                .doesNotContain(EventType.REJECT);
    }

    @Test
    void aMainClauseInThePastPerfectStillAsserts() {
        assertThat(types("Kenya had expelled two Ugandan diplomats on Monday.")).contains(EventType.SANCTION);
    }

    @Test
    void fightingToKeepSomethingIsAStruggleNotAnAttack() {
        assertThat(types("The boy's uncle in Miami is fighting to keep him in the United States, his lawyers said."))
                .doesNotContain(EventType.ASSAULT);
    }

    @Test
    void fightingAnEnemyIsStillAnAttack() {
        assertThat(types("Ugandan troops fought rebels of the Lord's Resistance Army near Gulu on Monday."))
                .contains(EventType.ASSAULT);
    }

    @Test
    void aPlanToldWithWouldInReportedSpeechIsStillCoded() {
        assertThat(types("Kenya said on Monday that it would expel two Ugandan diplomats.")).isNotEmpty();
    }

    @Test
    void agreeingToDoSomethingIsStillAnAgreement() {
        assertThat(types("Uganda agreed to withdraw its troops from the Kenyan border on Monday.")).contains(EventType.AGREE);
    }
}
