package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Everyday news tells a judgment by what its target draws from the one who voices it ("faced criticism from X", "won
 * praise from X"), pressure by the noun ("put pressure on X to"), cooperation by working with a partner, and
 * administrative sanctions on what a body is licensed to do. Sentences written for this test.
 */
class JudgmentsAndMeasuresTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void criticismATargetFacesFromAStateIsThatStatesAccusation() {
        List<Event> es = code("Hungary faced sharp criticism from Sweden over the new media law on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> "SWE".equals(p.country()))
                && e.recipients().stream().anyMatch(p -> "HUN".equals(p.country())));
    }

    @Test void praiseWonFromAStateIsThatStatesSupport() {
        List<Event> es = code("The Chilean president won praise from Argentina for the rescue.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.SUPPORT
                && e.actors().stream().anyMatch(p -> "ARG".equals(p.country()))
                && e.recipients().stream().anyMatch(p -> "CHL".equals(p.country())));
    }

    @Test void aDecisionThatDrewCondemnationStillHasItsCondemner() {
        List<Event> es = code("The verdict drew condemnation from the European Union on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> p.name().contains("European Union")));
    }

    @Test void criticismReceivedWithoutItsGiverIsNoEvent() {
        List<Event> es = code("Norway faced criticism over the whaling quota.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test void pressurePutOnAStateToActIsARequest() {
        List<Event> es = code("Canada put pressure on India to cooperate with the investigation.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.REQUEST
                && e.actors().stream().anyMatch(p -> "CAN".equals(p.country()))
                && e.recipients().stream().anyMatch(p -> "IND".equals(p.country())));
    }

    @Test void bloodPressureIsNoPressureOnAnyone() {
        List<Event> es = code("His blood pressure rose after the Kenyan minister resigned.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test void partneringWithAStateIsCooperation() {
        List<Event> es = code("Japan partnered with Vietnam to build the port.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.COOPERATE
                && e.recipients().stream().anyMatch(p -> "VNM".equals(p.country())));
    }

    @Test void suspendingANewspapersLicenceCoercesIt() {
        List<Event> es = code("The Zimbabwean government suspended the licence of the newspaper on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.COERCE
                && e.actors().stream().anyMatch(p -> "ZWE".equals(p.country())));
    }

    @Test void suspendingAidStaysASanction() {
        List<Event> es = code("The Zimbabwean government suspended aid to the province on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.COERCE);
    }

    @Test void restrictionsImposedByAnArmyCoerce() {
        List<Event> es = code("The Sudanese army imposed restrictions on movement in Khartoum.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.COERCE);
    }
}
