package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** Acts the text denies, acts only weighed as possible, acts recalled as background, agreement with a view, and striving told with "fight to". */
class DeniedAndBackgroundActsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static List<EventType> types(String body) { return code(body).stream().map(Event::type).toList(); }

    @Test
    void anActTheTextSaysDidNotHappenIsNoEvent() {
        assertThat(types("The council's resolution did not authorize a blockade of Ruritania by the navy of Freedonia."))
                .doesNotContain(EventType.CONCEDE);
        assertThat(types("Estonia has not prohibited Latvian traders from entering Narva.")).doesNotContain(EventType.COERCE);
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
    void aPastActThatOnlyTimesAnotherClauseIsBackground() {
        assertThat(types("The outlook darkened for foreigners in Kuwait when Iraq sent its forces into the emirate."))
                .doesNotContain(EventType.MOBILIZE);
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
    void anActThatMightHappenIsWeighedNotDone() {
        assertThat(types("Officials in Nairobi fear that the Ugandan army might send troops into the border villages."))
                .doesNotContain(EventType.MOBILIZE);
        assertThat(types("Lawyers say the Kenyan attorney general can expel the Ugandan diplomats before the appeal is heard."))
                .doesNotContain(EventType.SANCTION);
    }

    @Test
    void aPlanToldWithWouldInReportedSpeechIsStillCoded() {
        assertThat(types("Kenya said on Monday that it would expel two Ugandan diplomats.")).isNotEmpty();
    }

    @Test
    void agreeingThatSomethingIsSoIsAnOpinion() {
        assertThat(types("Both the Kenyan president and the Ugandan president agree this was a terrible crime."))
                .doesNotContain(EventType.AGREE);
    }

    @Test
    void agreeingToDoSomethingIsStillAnAgreement() {
        assertThat(types("Uganda agreed to withdraw its troops from the Kenyan border on Monday.")).contains(EventType.AGREE);
    }
}
