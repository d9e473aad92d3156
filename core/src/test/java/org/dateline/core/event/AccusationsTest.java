package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Accusations, complaints and denials on sentences written for this test: the accused of a charge told in a
 * that-clause, a protest addressed to a government, "lashed out", denials of accusations.
 */
class AccusationsTest {

    private static boolean aimedAt(Event e, String country) {
        return e.recipients().stream().anyMatch(p -> country.equals(p.country()));
    }

    @Test
    void theAccusedOfAChargeToldInAThatClauseAreWhoItSaysActed() {
        eventsOf("Guyana charged that Venezuelan soldiers had crossed its border.")
                .anyMatch(e -> e.type() == EventType.ACCUSE && aimedAt(e, "VEN"));
    }

    @Test
    void aProtestAddressedToAGovernmentIsAnOfficialComplaintNotADemonstration() {
        eventsOf("Tanzania protested to Malawi over the detention of its fishermen.")
                .anyMatch(e -> e.type() == EventType.ACCUSE && aimedAt(e, "MWI"))
                        .noneMatch(e -> e.type() == EventType.PROTEST);
        eventsOf("Thousands of Malawian teachers protested in Lilongwe on Monday.")
                .anyMatch(e -> e.type() == EventType.PROTEST);
    }

    @Test
    void lashingOutIsCriticismNotAnAttack() {
        eventsOf("The Iranian foreign minister lashed out at Bahrain over the arrests.")
                .anyMatch(e -> e.type() == EventType.ACCUSE)
                        .noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test
    void denyingOrDismissingAnAccusationRejectsIt() {
        eventsOf("Rwanda denied the accusations made by Congo.").anyMatch(e -> e.type() == EventType.REJECT);
        eventsOf("The Syrian government dismissed the reports as lies.").anyMatch(e -> e.type() == EventType.REJECT);
    }

    @Test
    void openingAnInquiryOrAProbeIsAnInvestigation() {
        eventsOf("Italian prosecutors opened an inquiry into the sinking of the migrant boat.")
                .anyMatch(e -> e.type() == EventType.ACCUSE);
        eventsOf("The Hague court launched a probe into the killings in Burundi.")
                .anyMatch(e -> e.type() == EventType.ACCUSE);
    }
}
