package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A request names who is asked and what for: "appealed to X to do Y", "called upon X to do Y", "pressed X to do Y",
 * also when the one who asks is a "he" standing for an envoy named only by role a few sentences before; and a joint
 * drill "kicked off" is held as one "held" or "launched". Sentences written for this test.
 */
class AddressedRequestsTest {

    private static boolean requestTo(Event e, String recipientCountry) {
        return e.type() == EventType.REQUEST && e.recipients().stream().anyMatch(p -> recipientCountry.equals(p.country()));
    }

    @Test
    void anAppealToAStateToActIsARequestOfThatState() {
        eventsOf("The Pope appealed to the warring sides in Sudan to lay down their arms on Tuesday.")
                .anyMatch(e -> requestTo(e, "SDN"));
        eventsOf("The foreign minister of Chile appealed to Bolivia to reopen the border crossing on Monday.")
                .anyMatch(e -> requestTo(e, "BOL"));
    }

    @Test
    void aCallUponAStateToActIsARequestOfThatState() {
        eventsOf("The president of Ghana called upon Togo to hand over the suspects without delay.")
                .anyMatch(e -> requestTo(e, "TGO")
                        && e.actors().stream().anyMatch(p -> "GHA".equals(p.country())));
    }

    @Test
    void pressingAStateToActIsARequestOfThatState() {
        eventsOf("Germany pressed Hungary to lift its veto on the aid package on Monday.")
                .anyMatch(e -> requestTo(e, "HUN"));
    }

    @Test
    void anUrgingAfterAReportIsTheSpeakersRequest() {
        eventsOf("The foreign minister of Ghana said the talks had failed, urging Togo to reopen the border.")
                .anyMatch(e -> requestTo(e, "TGO"));
    }

    @Test
    void pressingChargesIsNoRequest() {
        eventsOf("The police in Assam pressed charges against a smuggler from Nepal on Monday.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test
    void anUnresolvedHeIsTheLoneActorTheStoryJustToldOf() {
        eventsOf("The Cuban ambassador to the UN denounced the embargo on Monday. The measures cost billions, "
                + "he said. He urged the United States to end the embargo at once.")
                .anyMatch(e -> requestTo(e, "USA")
                        && e.actors().stream().anyMatch(p -> "CUB".equals(p.country())));
    }

    @Test
    void aHeAfterAMeetingOfTwoStaysUnresolved() {
        eventsOf("The presidents of Peru and Chile met in Lima on Monday. He urged Bolivia to join the talks.")
                .noneMatch(e -> e.type() == EventType.REQUEST
                        && e.actors().stream().anyMatch(p -> "PER".equals(p.country()) || "CHL".equals(p.country())));
    }

    @Test
    void aPurposeAfterGoingSomewhereIsNoRequest() {
        eventsOf("The Nigerian foreign minister went to Paris to meet the French president.")
                .noneMatch(e -> e.type() == EventType.REQUEST)
                        .anyMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test
    void aVisitAfterWhichOneReturnedIsAVisit() {
        eventsOf("A delegation of the women's union of Vietnam returned home on Monday after visiting Cuba.")
                .anyMatch(e -> e.type() == EventType.CONSULT
                        && e.recipients().stream().anyMatch(p -> "CUB".equals(p.country())));
    }

    @Test
    void aJointDrillKickedOffIsMilitaryCooperation() {
        eventsOf("Thai and Malaysian navies kicked off a joint naval drill in the Andaman Sea on Monday.")
                .anyMatch(e -> e.type() == EventType.COOPERATE);
    }
}
