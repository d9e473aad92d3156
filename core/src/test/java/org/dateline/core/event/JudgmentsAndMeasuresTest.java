package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Everyday news tells a judgment by what its target draws from the one who voices it ("faced criticism from X", "won
 * praise from X"), pressure by the noun ("put pressure on X to"), cooperation by working with a partner, and
 * administrative sanctions on what a body is licensed to do. Sentences written for this test.
 */
class JudgmentsAndMeasuresTest {

    @Test void criticismATargetFacesFromAStateIsThatStatesAccusation() {
        eventsOf("Hungary faced sharp criticism from Sweden over the new media law on Monday.")
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.actors().stream().anyMatch(p -> "SWE".equals(p.country()))
                        && e.recipients().stream().anyMatch(p -> "HUN".equals(p.country())));
    }

    @Test void praiseWonFromAStateIsThatStatesSupport() {
        eventsOf("The Chilean president won praise from Argentina for the rescue.")
                .anyMatch(e -> e.type() == EventType.SUPPORT
                        && e.actors().stream().anyMatch(p -> "ARG".equals(p.country()))
                        && e.recipients().stream().anyMatch(p -> "CHL".equals(p.country())));
    }

    @Test void aDecisionThatDrewCondemnationStillHasItsCondemner() {
        eventsOf("The verdict drew condemnation from the European Union on Friday.")
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.actors().stream().anyMatch(p -> p.name().contains("European Union")));
    }

    @Test void criticismReceivedWithoutItsGiverIsNoEvent() {
        eventsOf("Norway faced criticism over the whaling quota.").noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test void pressurePutOnAStateToActIsARequest() {
        eventsOf("Canada put pressure on India to cooperate with the investigation.")
                .anyMatch(e -> e.type() == EventType.REQUEST
                        && e.actors().stream().anyMatch(p -> "CAN".equals(p.country()))
                        && e.recipients().stream().anyMatch(p -> "IND".equals(p.country())));
    }

    @Test void bloodPressureIsNoPressureOnAnyone() {
        eventsOf("His blood pressure rose after the Kenyan minister resigned.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test void partneringWithAStateIsCooperation() {
        eventsOf("Japan partnered with Vietnam to build the port.")
                .anyMatch(e -> e.type() == EventType.COOPERATE
                        && e.recipients().stream().anyMatch(p -> "VNM".equals(p.country())));
    }

    @Test void suspendingANewspapersLicenceCoercesIt() {
        eventsOf("The Zimbabwean government suspended the licence of the newspaper on Tuesday.")
                .anyMatch(e -> e.type() == EventType.COERCE
                        && e.actors().stream().anyMatch(p -> "ZWE".equals(p.country())));
    }

    @Test void suspendingAidStaysASanction() {
        eventsOf("The Zimbabwean government suspended aid to the province on Tuesday.")
                .noneMatch(e -> e.type() == EventType.COERCE);
    }

    @Test void restrictionsImposedByAnArmyCoerce() {
        eventsOf("The Sudanese army imposed restrictions on movement in Khartoum.")
                .anyMatch(e -> e.type() == EventType.COERCE);
    }
}
