package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * An "-ing" form after a preposition of topic or aim names what something is about or for, not an act that
 * happened; a "for" phrase of reason under a verb of praise, blame or punishment presupposes its act. Invented
 * sentences.
 */
class TopicAndAimGerundsTest {
    private static List<EventType> types(String body) {
        return GoldEvents.codeStory(body).stream().map(Event::type).toList();
    }

    @Test
    void drillsForInvadingACountryInvadeNothing() {
        assertThat(types("The army of Uganda held drills on Monday for invading the neighbouring country."))
                .doesNotContain(EventType.COERCE, EventType.ASSAULT);
    }

    @Test
    void aWarningAgainstAttackingAVillageIsNoAttack() {
        assertThat(types("The governor of Kano warned the police against attacking the villagers of Dala."))
                .doesNotContain(EventType.ASSAULT);
    }

    @Test
    void talksAboutOrOnAnActAreNotTheAct() {
        assertThat(types("The ministers of Chile and Peru talked on Monday about freezing the assets of the smugglers."))
                .doesNotContain(EventType.COERCE);
        assertThat(types("The Bolivian parliament passed a law on Tuesday on expelling foreign missionaries."))
                .doesNotContain(EventType.COERCE);
    }

    @Test
    void theReasonForPraiseOrArrestIsAnActThatHappened() {
        assertThat(types("Police in Kenya arrested a man on Monday for attacking a nurse in Nairobi."))
                .contains(EventType.ASSAULT);
    }

    @Test
    void theSameVerbWithoutThePrepositionIsStillAnEvent() {
        assertThat(types("Ugandan troops invaded the neighbouring province on Monday.")).isNotEmpty();
        assertThat(types("The police attacked the villagers of Dala on Monday.")).contains(EventType.ASSAULT);
    }
}
