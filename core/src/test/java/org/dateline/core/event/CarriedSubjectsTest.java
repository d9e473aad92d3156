package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.junit.jupiter.api.Test;

/**
 * Parties the coder reached only through syntax it did not follow: a pronoun opening a sentence that
 * carries the subject of the sentence before when that one told no event, one who speaks for a body by a role
 * ("a representative of X"), a reduced relative the parser took for a clause of its own, and a fronted participle;
 * on sentences written for this test.
 */
class CarriedSubjectsTest {

    @Test void heCarriesThePersonWhoOpenedTheSentenceBeforeRatherThanAnEarlierDoer() {
        eventsOf("Chilean police officers arrested two Peruvian journalists in Arica on Monday.\n\n"
                + "The Bolivian labour minister toured the tin mines of Potosi on Tuesday.\n\n"
                + "He accused the Peruvian government of lying about the border.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "BOL", "PER"))
                .noneMatch(e -> GoldEvents.actedBy(e, "ACCUSE", "CHL"));
    }

    @Test void theyAfterTheQuoteCarriesThePeopleTheSentenceBeforeOpenedWith() {
        eventsOf("Bolivian truck drivers spent the night in their cabs outside Desaguadero.\n\n"
                + "The border has been shut for a week, they said, urging the Peruvian government to reopen it.")
                .anyMatch(e -> GoldEvents.typed(e, "REQUEST", "BOL", "PER"));
    }

    @Test void aSingularPronounDoesNotCarryAPluralSubject() {
        eventsOf("Bolivian truck drivers spent the night in their cabs outside Desaguadero.\n\n"
                + "She accused the Peruvian government of lying about the border.")
                .noneMatch(e -> GoldEvents.actedBy(e, "ACCUSE", "BOL"));
    }

    @Test void aSubjectTwoSentencesBackIsNotCarried() {
        eventsOf("Bolivian truck drivers spent the night in their cabs outside Desaguadero.\n\n"
                + "The road was covered in snow and the temperature fell far below zero.\n\n"
                + "They accused the Peruvian government of lying about the border.")
                .noneMatch(e -> GoldEvents.actedBy(e, "ACCUSE", "BOL"));
    }

    @Test void theyCarriesTheSubjectOnThroughASentenceWhoseReportingClauseOpensWithThey() {
        eventsOf("Chilean dock workers gathered outside the port of Valparaiso on Monday.\n\n"
                + "The new toll is unjust, they said.\n\n"
                + "They demanded that the Peruvian government lift the toll at once.")
                .anyMatch(e -> GoldEvents.typed(e, "REQUEST", "CHL", "PER"));
    }

    @Test void theChainBreaksAtASentenceWhoseSpeakerIsAnotherOne() {
        eventsOf("Chilean dock workers gathered outside the port of Valparaiso on Monday.\n\n"
                + "The new toll is unjust, he said.\n\n"
                + "They demanded that the Peruvian government lift the toll at once.")
                .noneMatch(e -> GoldEvents.actedBy(e, "REQUEST", "CHL"));
    }

    @Test void theChainBreaksAtASentenceOpenedByAnotherSubject() {
        eventsOf("Chilean dock workers gathered outside the port of Valparaiso on Monday.\n\n"
                + "In the evening they sang songs of the harbour.\n\n"
                + "The Bolivian ambassadors left the city.\n\n"
                + "They demanded that the Peruvian government lift the toll at once.")
                .noneMatch(e -> GoldEvents.actedBy(e, "REQUEST", "CHL"));
    }

    @Test void aRepresentativeOfABodySpeaksForTheBody() {
        eventsOf("A representative of the Chilean Communist Party accused the Peruvian government of lying.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "CHL", "PER"));
    }

    @Test void aReducedRelativeBeforeAPassiveVerbNamesWhoActedOnItsNoun() {
        eventsOf("Two Palestinian medics detained by Israeli troops during a raid in Gaza were beaten.")
                .anyMatch(e -> GoldEvents.typed(e, "COERCE", "ISR", "PSE"))
                .noneMatch(e -> GoldEvents.actedBy(e, "COERCE", "PSE"));
    }

    @Test void aPartitiveBeforeAReducedRelativeCountsThePeopleActedOn() {
        eventsOf("Some of the Palestinian medics detained by Israeli troops were released on Friday.")
                .anyMatch(e -> GoldEvents.typed(e, "COERCE", "ISR", "PSE"));
    }

    @Test void aFrontedParticipleWithAnAgentIsThatAgentsActOnTheMainSubject() {
        eventsOf("Arrested by Belarusian police in Minsk in 2012, the two Polish reporters later pleaded guilty.")
                .anyMatch(e -> GoldEvents.typed(e, "COERCE", "BLR", "POL"));
    }

    @Test void aFrontedParticipleOfAnArrestWithoutAgentIsStillAnArrest() {
        eventsOf("Arrested in Minsk in 2012, the two Polish reporters later pleaded guilty.")
                .anyMatch(e -> String.valueOf(e.type()).equals("COERCE")
                        && e.recipients().stream().anyMatch(p -> "POL".equals(p.country())));
    }

    @Test void aFrontedParticipleOfFeelingIsNoEvent() {
        eventsOf("Encouraged by the result, the Chinese minister thanked the Japanese envoy.")
                .noneMatch(e -> String.valueOf(e.type()).equals("COERCE") || String.valueOf(e.type()).equals("ASSAULT"));
    }

    @Test void itDemandingCarriesTheUnionThatOpenedTheSentenceBefore() {
        eventsOf("The Ghana National Association of Teachers held its annual congress in Kumasi on Saturday.\n\n"
                + "It demanded that the Nigerian government release the Ghanaian teachers held in Lagos.")
                .anyMatch(e -> GoldEvents.actedBy(e, "REQUEST", "GHA"));
    }

    @Test void itDoesNotCarryAMeetingThatOpenedTheSentenceBefore() {
        eventsOf("The meeting of the Ghanaian teachers ended in Kumasi on Saturday.\n\n"
                + "It demanded that the Nigerian government release the Ghanaian teachers held in Lagos.")
                .noneMatch(e -> GoldEvents.actedBy(e, "REQUEST", "GHA"));
    }

    @Test void itDoesNotCarryAStateThatOpenedTheSentenceBefore() {
        eventsOf("Ghana held local elections on Saturday.\n\n"
                + "It demanded that the Nigerian government release the Ghanaian teachers held in Lagos.")
                .noneMatch(e -> GoldEvents.actedBy(e, "REQUEST", "GHA"));
    }

    @Test void anExpletiveItIsNecessaryThatCarriesNoOne() {
        eventsOf("The Ghana National Association of Teachers held its annual congress in Kumasi on Saturday.\n\n"
                + "It is necessary that the Nigerian government arrest the smugglers in Lagos.")
                .noneMatch(e -> GoldEvents.actedBy(e, "COERCE", "GHA"));
    }

    @Test void anExpletiveItWasReportedThatCarriesNoOne() {
        eventsOf("The Ghana National Association of Teachers held its annual congress in Kumasi on Saturday.\n\n"
                + "It was reported that the Nigerian police arrested the smugglers in Lagos.")
                .noneMatch(e -> GoldEvents.actedBy(e, "COERCE", "GHA"));
    }
}
