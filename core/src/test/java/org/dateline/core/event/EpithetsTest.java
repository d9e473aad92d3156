package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A deed in a relative clause on a noun that says what someone is (a predicate, a role given with "as") is an
 * epithet, no report; the same deed with its own day, or on a plain subject, stays an event. Invented sentences.
 */
class EpithetsTest {
    private static boolean assaults(String body) {
        return GoldEvents.codeStory(body).stream().anyMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void aPeoplePraisedAsThoseWhoDefeatedTheInvadersAttackNoOneToday() {
        assertThat(assaults("The paper praised the Bolivian people as the heroic people who defeated the invaders"
                + " for the first time in the world.")).isFalse();
    }

    @Test void aDeedInTheDescriptionOfAWarIsNoReport() {
        assertThat(assaults("The Chaco War was a just war of the Bolivian people who beat back the aggression by the"
                + " allied forces, he said.")).isFalse();
    }

    @Test void aDeedWithItsOwnDayInSuchAClauseStaysAnEvent() {
        assertThat(assaults("Peru is the country that shelled the border post of Ecuador on July 3.")).isTrue();
    }

    @Test void aRelativeClauseOnAPlainSubjectStaysAnEvent() {
        assertThat(assaults("Peruvian troops, who shelled the border post of Ecuador on July 3, were withdrawn."))
                .isTrue();
    }
}
