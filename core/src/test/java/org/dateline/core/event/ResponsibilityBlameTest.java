package org.dateline.core.event;

import static org.dateline.core.event.Accusations.assertAccuses;
import static org.dateline.core.event.Accusations.assertNoAccusation;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Responsibility for a harm laid on a party with no word of blame, as wire copy tells most accusations: "said X was
 * responsible for the attack", "said X was behind the bombing", "said X bore responsibility for the deaths", also
 * with the quote told before its speaker. A duty, a sponsor, a forecast or a denial lays no blame. Sentences written
 * for this test.
 */
class ResponsibilityBlameTest {
    private static List<Event> code(String body) { return GoldEvents.codeStoryFrom("Cairo", body); }

    @Test void sayingAStateWasResponsibleForAnAttackAccusesIt() {
        assertAccuses(code("Egypt's foreign minister said Libya was responsible for the attack on the embassy."), "Egypt", "Libya");
    }

    @Test void sayingRebelsWereBehindABombingAccusesThem() {
        assertAccuses(code("Sudanese officials said on Monday that Chad was behind the bombing in Khartoum."), "Sud", "Chad");
    }

    @Test void aQuoteToldBeforeItsSpeakerLaysTheResponsibilityToo() {
        assertAccuses(code("``Libya is responsible for this crisis,'' said the Egyptian foreign minister, Amr Nabil."), "Nabil", "Libya");
    }

    @Test void sayingAStateBoreResponsibilityForDeathsAccusesIt() {
        assertAccuses(code("The Egyptian government said Israel bore full responsibility for the deaths of the fishermen."), "Egypt", "Israel");
    }

    @Test void aDutyIsNoBlame() {
        assertNoAccusation(code("Egypt's foreign minister said the army was responsible for security at the border."));
    }

    @Test void aSponsorOfAProjectIsNoCulprit() {
        assertNoAccusation(code("Egypt's foreign minister said Japan was behind the new bridge over the canal."));
    }

    @Test void aResponsibilityForetoldIsAWarningNotACharge() {
        assertNoAccusation(code("Egypt's foreign minister said Libya would bear full responsibility for any attack."));
    }

    @Test void sayingAPartyWasNotResponsibleAccusesNoOne() {
        assertNoAccusation(code("Egypt's foreign minister said Libya was not responsible for the attack."));
    }

    @Test void holdingAStateResponsibleForAnAttackAccusesIt() {
        assertAccuses(code("Egypt held Libya responsible for the attack on its embassy in Tripoli."), "Egypt", "Libya");
    }

    @Test void aWarningToHoldAStateResponsibleForAnyAttackLaysNoChargeYet() {
        assertNoAccusation(code("Egypt will hold Libya responsible for any attack on its embassy."));
    }
}
