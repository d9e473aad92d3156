package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * An act told without a day of its own that the text ties to a dated occasion by its grammar: a lead act named again by
 * its noun in a dated sentence ("The call was made in a statement on May 4"), a bare participle tail of an act dated
 * by its occasion ("..., the statement said, urging ..."), a speech act coordinated after a dated gathering ("held a
 * press conference on May 2 and urged ..."); and guards where the day belongs to another happening. Sentences written
 * for this test (published Wednesday 10 May 2023).
 */
class CarriedOccasionDatesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    // --- a lead act named again by its noun

    @Test void aLeadCallTakesTheDayItsRestatingNounWasMadeOn() {
        List<Event> es = code("The Federation of Bolivian Miners called on the government to reopen the tin mines.\n\n"
                + "This call was made in its statement on May 4.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isEqualTo("2023-05-04");
    }

    @Test void aLeadDemandTakesTheWeekdayTheDemandCameOn() {
        List<Event> es = code("The Kenya Ports Workers Union demanded that the government review the port contract with the Dubai company.\n\n"
                + "The demand came in a joint letter on Monday from the union.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isEqualTo("2023-05-08");
    }

    @Test void anUrgingNamedAgainAsACallTakesTheDayOfTheCall() {
        List<Event> es = code("The Cuban Foreign Ministry urged Washington to lift the trade embargo.\n\n"
                + "The call was voiced at a news briefing in Havana on May 6.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isEqualTo("2023-05-06");
    }

    @Test void aCondemnationNamedByItsNounTakesTheDayItWasIssued() {
        List<Event> es = code("The Nepali Students Association condemned the police for the arrest of two editors.\n\n"
                + "The condemnation was issued by the association on May 5.");
        assertThat(DatedEvents.byType(es, "ACCUSE").date()).isEqualTo("2023-05-05");
    }

    @Test void aLeadAppealTakesTheDayOfAnAppealDatedInItsNextSentence() {
        List<Event> es = code("The Kenyan Nurses Union appealed to the health ministry to pay the striking nurses.\n\n"
                + "That appeal, on May 3, followed a week of protests.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isEqualTo("2023-05-03");
    }

    /** A guard: an indefinite noun of the same kind is another act, not the lead's named again. */
    @Test void aSimilarCallByAnotherBodyDoesNotDateTheLead() {
        List<Event> es = code("The Federation of Bolivian Miners called on the government to reopen the tin mines.\n\n"
                + "A similar call was made by the teachers on May 2.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isNotEqualTo("2023-05-02");
    }

    /** A guard: a later sentence dating another happening (the mines' closure) does not date the lead's call. */
    @Test void theDayOfWhatTheCallIsAboutDoesNotDateTheCall() {
        List<Event> es = code("The Federation of Bolivian Miners called on the government to reopen the tin mines.\n\n"
                + "The mines were closed by the ministry on May 2.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isNotEqualTo("2023-05-02");
    }

    /** A guard: a noun of another act ("the closure") is no restatement of the lead's act. */
    @Test void anotherActsNounDoesNotDateTheLead() {
        List<Event> es = code("The Federation of Bolivian Miners called on the government to reopen the tin mines.\n\n"
                + "The closure was ordered on May 2.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isNotEqualTo("2023-05-02");
    }

    /** A guard: another party's act of the same kind named with its owner is not the lead's. */
    @Test void anotherPartysDemandDoesNotDateTheLead() {
        List<Event> es = code("The Kenya Ports Workers Union demanded that the government review the port contract with the Dubai company.\n\n"
                + "The company's demand came on May 2.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isNotEqualTo("2023-05-02");
    }

    // --- a participle tail of an act dated by its occasion

    @Test void aParticipleTailOfAStatementsSayingTakesTheStatementsDay() {
        List<Event> es = code("The Zambian Teachers Union issued a statement on May 3 on the unpaid salaries.\n\n"
                + "The arrears are a crime against the teachers, the statement said, urging the ministry to pay them at once.");
        assertThat(DatedEvents.byTrigger(es, "urging").date()).isEqualTo("2023-05-03");
    }

    @Test void aParticipleTailOfASpokesmansSayingTakesTheDayOfHisPressConference() {
        List<Event> es = code("A spokesman for the Bolivian Workers Centre held a press conference in La Paz on Sunday.\n\n"
                + "The layoffs are illegal, the spokesman said, calling on the ministry to reverse them.");
        assertThat(DatedEvents.byTrigger(es, "calling").date()).isEqualTo("2023-05-07");
    }

    /** A guard: the tail of a saying no occasion dates keeps no day of an unrelated sentence. */
    @Test void aParticipleTailOfAnUndatedSayingTakesNoOtherDay() {
        List<Event> es = code("The Zambian ministry closed three teacher colleges on May 3.\n\n"
                + "The arrears are a crime against the teachers, the statement of the Zambian Teachers Union said, "
                + "urging the ministry to pay them at once.");
        assertThat(DatedEvents.byTrigger(es, "urging").date()).isNotEqualTo("2023-05-03");
    }

    // --- a speech act coordinated after a dated gathering

    @Test void anUrgingAfterADatedPressConferenceTakesItsDay() {
        List<Event> es = code("The Korean Teachers Union held a press conference in Seoul on May 2 and urged the "
                + "ministry to withdraw the new exam plan.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isEqualTo("2023-05-02");
    }

    @Test void aDemandAfterADatedRallyTakesItsDay() {
        List<Event> es = code("Peruvian farmers staged a rally in Lima on May 3 and demanded that the "
                + "government cancel the trade agreement.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isEqualTo("2023-05-03");
    }

    @Test void aDenunciationAfterADatedMeetingTakesItsDay() {
        List<Event> es = code("The Nigerian Labour Congress convened an emergency meeting in Abuja on May 4 and "
                + "denounced the government for the fuel price rise.");
        assertThat(DatedEvents.byType(es, "ACCUSE").date()).isEqualTo("2023-05-04");
    }

    /** A guard: a verb that holds no gathering keeps its date to itself. */
    @Test void anUrgingAfterADatedElectionWinKeepsNoDateOfIt() {
        List<Event> es = code("The Korean Teachers Union won the council election on May 2 and urged the ministry to "
                + "withdraw the new exam plan.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isNotEqualTo("2023-05-02");
    }
}
