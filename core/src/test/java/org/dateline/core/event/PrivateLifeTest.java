package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An act among people the text places nowhere and gives no role or body is private life, not a PLOVER event; the
 * same act by a state's people is one. Invented sentences.
 */
class PrivateLifeTest {
    @Test void aRequestBetweenUnplacedPrivatePeopleIsNoEvent() {
        assertThat(GoldEvents.codeStory("Marta asked Tomasz to sign the lease before the end of the month.")).isEmpty();
    }

    @Test void theSameRequestByAStatesMinisterIsAnEvent() {
        assertThat(GoldEvents.codeStory("The Polish foreign minister asked Lithuania to sign the treaty before the end of the month."))
                .isNotEmpty();
    }

    @Test void anUnplacedPersonActingOnAStateIsStillAnEvent() {
        assertThat(GoldEvents.codeStory("Marta Kowalska criticised Hungary over the new media law.")).isNotEmpty();
    }

    @Test void aBodyNamedWithoutACountryStillActsInPublic() {
        assertThat(GoldEvents.codeStory("Harvard University rejected the request of the Graduate Students Union on Friday."))
                .anyMatch(e -> e.type() == org.dateline.model.EventType.REJECT);
    }
}
