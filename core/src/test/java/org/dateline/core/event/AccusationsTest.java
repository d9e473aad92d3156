package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Accusations, complaints and denials on sentences written for this test: the accused of a charge told in a
 * that-clause, a protest addressed to a government, "lashed out", denials of accusations.
 */
class AccusationsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean aimedAt(Event e, String country) {
        return e.recipients().stream().anyMatch(p -> country.equals(p.country()));
    }

    @Test
    void theAccusedOfAChargeToldInAThatClauseAreWhoItSaysActed() {
        List<Event> es = code("Guyana charged that Venezuelan soldiers had crossed its border.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE && aimedAt(e, "VEN"));
    }

    @Test
    void aProtestAddressedToAGovernmentIsAnOfficialComplaintNotADemonstration() {
        List<Event> es = code("Tanzania protested to Malawi over the detention of its fishermen.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE && aimedAt(e, "MWI"))
                .noneMatch(e -> e.type() == EventType.PROTEST);
        es = code("Thousands of Malawian teachers protested in Lilongwe on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.PROTEST);
    }

    @Test
    void lashingOutIsCriticismNotAnAttack() {
        List<Event> es = code("The Iranian foreign minister lashed out at Bahrain over the arrests.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE)
                .noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test
    void denyingOrDismissingAnAccusationRejectsIt() {
        List<Event> es = code("Rwanda denied the accusations made by Congo.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.REJECT);
        es = code("The Syrian government dismissed the reports as lies.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.REJECT);
    }

    @Test
    void openingAnInquiryOrAProbeIsAnInvestigation() {
        List<Event> es = code("Italian prosecutors opened an inquiry into the sinking of the migrant boat.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE);
        es = code("The Hague court launched a probe into the killings in Burundi.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE);
    }
}
