package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Everyday news constructions whose partner or target the parse hides, on sentences written for this test: "met with
 * X to discuss Y" (parsed as an absolute "with X to ..."), partners as coordinated subjects of a verb that otherwise
 * takes "with" ("A and B discussed Y"), verbs with a particle ("hit out at X", "teamed up with X") and a possessive
 * pronoun on an event noun in an adjunct ("during his visit to X", "during their meeting"), and whom support is
 * for ("voiced support for X").
 */
class PartnersAndParticlesTest {

    private static boolean involves(Event e, EventType type, String actor, String other) {
        return e.type() == type && e.actors().stream().anyMatch(p -> actor.equals(p.country()))
                && (e.recipients().stream().anyMatch(p -> other.equals(p.country()))
                || e.actors().stream().anyMatch(p -> other.equals(p.country())));
    }

    @Test void meetingWithSomeoneToDiscussSomethingIsAMeetingWithThem() {
        eventsOf("The Ghanaian foreign minister met with the Togolese president to discuss trade on Monday.")
                .anyMatch(e -> involves(e, EventType.CONSULT, "GHA", "TGO"));
    }

    @Test void theSubjectOfThePurposeIsTheOneWhoMetNotThePartner() {
        eventsOf("The Latvian president met with Lithuanian officials to demand new border checks.")
                .anyMatch(e -> involves(e, EventType.CONSULT, "LVA", "LTU"))
                .noneMatch(e -> e.type() == EventType.REQUEST
                        && e.actors().stream().anyMatch(p -> "LTU".equals(p.country())));
    }

    @Test void teamingUpWithAStateToBuildSomethingIsCooperation() {
        eventsOf("Tanzania teamed up with Zambia to build a new railway.")
                .anyMatch(e -> involves(e, EventType.COOPERATE, "TZA", "ZMB"));
    }

    @Test void speakingWithReportersToExplainAPlanIsStillNoMeeting() {
        eventsOf("The Peruvian foreign minister spoke with reporters to explain the plan on Monday.")
                .noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test void twoCoordinatedSubjectsWhoDiscussSomethingMeetEachOther() {
        eventsOf("The Indian foreign minister and his Nepalese counterpart discussed the border dispute on Monday.")
                .anyMatch(e -> involves(e, EventType.CONSULT, "IND", "NPL"));
    }

    @Test void oneSubjectDiscussingSomethingAloneMeetsNobody() {
        eventsOf("The Indian foreign minister discussed the budget on Monday.")
                .noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test void hittingOutAtAStateIsAnAccusationAimedAtIt() {
        eventsOf("The Croatian president hit out at Serbia on Tuesday.")
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.actors().stream().anyMatch(p -> "HRV".equals(p.country()))
                        && e.recipients().stream().anyMatch(p -> "SRB".equals(p.country())));
    }

    @Test void lashingOutAtAStateNamesItAsTheTarget() {
        eventsOf("The Bolivian president lashed out at Chile on Tuesday.")
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.recipients().stream().anyMatch(p -> "CHL".equals(p.country())));
    }

    @Test void rocketsHittingATownAreNoAccusation() {
        eventsOf("Rebel rockets hit the Syrian town of Idlib on Tuesday.").noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test void hisVisitInAnAdjunctIsTheVisitOfTheClausesSubject() {
        eventsOf("During his visit to Malawi, the Portuguese president opened a new school.")
                .anyMatch(e -> e.type() == EventType.CONSULT
                        && e.actors().stream().anyMatch(p -> "PRT".equals(p.country()))
                        && e.recipients().stream().anyMatch(p -> "MWI".equals(p.country())));
    }

    @Test void theirMeetingInAnAdjunctIsTheMeetingOfSubjectAndObject() {
        eventsOf("The Danish prime minister told the Norwegian prime minister during their meeting in Oslo that the bridge would open.")
                .anyMatch(e -> involves(e, EventType.CONSULT, "DNK", "NOR"));
    }

    @Test void supportVoicedForAStateNamesItAsTheOneSupported() {
        eventsOf("The Estonian government voiced support for Moldova on Wednesday.")
                .anyMatch(e -> e.type() == EventType.SUPPORT
                        && e.actors().stream().anyMatch(p -> "EST".equals(p.country()))
                        && e.recipients().stream().anyMatch(p -> "MDA".equals(p.country())));
    }
}
