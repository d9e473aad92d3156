package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Praise told as a reported judgement of a person ("X is the greatest man, the chairman said") is the
 * speaker's praise of that person; a judgement of a thing, or a report with no word of acclaim, praises no one. On
 * sentences written for this test.
 */
class ReportedPraiseTest {

    private static boolean praise(Event e, String speakerWord, String praisedWord) {
        return String.valueOf(e.type()).equals("SUPPORT")
                && e.actors().stream().anyMatch(p -> p.name().contains(speakerWord))
                && e.recipients().stream().anyMatch(p -> p.name().contains(praisedWord));
    }

    @Test void aJudgementOfAPersonReportedAfterwardsIsTheSpeakersPraise() {
        eventsOf("Nelson Mandela is the greatest man of Africa, the Romanian minister said.")
                .anyMatch(e -> praise(e, "minister", "Mandela"));
    }

    @Test void aSpeakerTheParserTakesForAnAppositionStillPraises() {
        eventsOf("Julius Nyerere is the greatest man, the deputy prime minister of Kenya said.")
                .anyMatch(e -> praise(e, "minister", "Nyerere"));
    }

    @Test void undyingFeatsReportedByAPaperArePraise() {
        eventsOf("The chairman of the Socialist Party of Romania said that Nelson Mandela had performed undying feats for Africa.")
                .anyMatch(e -> praise(e, "chairman", "Mandela"));
    }

    @Test void aGreatSuccessOfAThingPraisesNoOne() {
        eventsOf("The new dam on the Volta is a great success, the energy minister of Ghana said.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    @Test void aReportedActWithNoWordOfAcclaimIsNoPraise() {
        eventsOf("Nelson Mandela stayed in Accra for two days, the Romanian minister said.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    // speech (s31): the title's possessor, reverence, a passive doer; verbs of acclaim
    @Test void aGloriousLifeOfThePresidentNamedBeforeIsPraiseOfHim() {
        eventsOf("A delegation of Romania visited the birthplace of President Julius Nyerere. Ion Popescu, head of the "
                + "delegation, said that the President's life is a glorious one devoted to the people.")
                .anyMatch(e -> praise(e, "Popescu", "Nyerere"));
    }

    @Test void sayingMankindReveresAPersonIsPraiseOfHim() {
        eventsOf("The chairman of the Socialist Party of Romania said that progressive mankind reveres Julius Nyerere.")
                .anyMatch(e -> praise(e, "chairman", "Nyerere"));
    }

    @Test void aGloriousDeedDoneByAPersonInThePassiveIsPraiseOfHim() {
        eventsOf("The chairman of the Socialist Party of Romania said that glorious feats were performed by Julius Nyerere.")
                .anyMatch(e -> praise(e, "chairman", "Nyerere"));
    }

    @Test void aPassiveDeedWithNoWordOfAcclaimIsNoPraise() {
        eventsOf("The chairman of the Socialist Party of Romania said that the report was written by Julius Nyerere.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    @Test void aRivalsVictoryReportedIsNoPraise() {
        eventsOf("Senator Tom Marlow said the governor's victory in the primary was a surprise.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    @Test void aUnionApplaudingADealSupportsIt() {
        eventsOf("The teachers' union of Kenya applauded the agreement on Wednesday.")
                .anyMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    @Test void aStatementOfABodyPraisesInTheNameOfTheBody() {
        eventsOf("The statement of the Central Committee of the Socialist Party of Romania noted that Julius Nyerere is "
                + "the spiritual mainstay of his people and the beacon of hope.")
                .anyMatch(e -> praise(e, "Central Committee", "Nyerere"));
    }

    @Test void sayingAPeopleUpholdsAPersonInHighEsteemIsPraiseOfHim() {
        eventsOf("The Romanian newspaper Adevarul said the people of Tanzania have upheld Julius Nyerere in high esteem "
                + "as the benevolent father of the country.")
                .anyMatch(e -> praise(e, "Adevarul", "Nyerere"));
    }

    @Test void votersWhoAdmireSomeoneInAReportedForecastPraiseNoOne() {
        eventsOf("Campaign officials of Senator Tom Marlow say Governor Ann Lee would fail to win because she does not "
                + "appeal to voters who admire Senator Marlow.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    // (s31) a reported praise is dated as every other event: by the time its own clause gives, else none of its own
    @Test void aPraiseSaidInAnArticleOfANamedDayIsDatedThatDay() {
        eventsOf("The Ghanaian Committee for Friendship in an article on May 2 said Nelson Mandela was the greatest man of Africa.")
                .anyMatch(e -> praise(e, "Committee", "Mandela") && "2023-05-02".equals(e.date()));
    }

    @Test void aPraiseSaidOnAWeekdayTakesThatWeekdayBeforeTheStory() {
        eventsOf("The Romanian minister said on Monday that Nelson Mandela was the greatest man of Africa.")
                .anyMatch(e -> praise(e, "minister", "Mandela") && "2023-05-08".equals(e.date()));
    }

    @Test void aPraiseWithNoTimeOfItsOwnTakesNoneOfAnotherClause() {
        eventsOf("The Romanian minister said that Nelson Mandela, who was freed on February 11, 1990, was the greatest man of Africa.")
                .noneMatch(e -> praise(e, "minister", "Mandela") && "1990-02-11".equals(e.date()));
    }

    // voice (s35): a deed of guidance credited to a person is praise, as a word of acclaim is
    @Test void aPersonCreditedWithPavingTheWayIsPraisedByTheSpeaker() {
        eventsOf("Ion Popescu, chairman of the Socialist Party of Romania, said that Nelson Mandela paved the way for the freedom of Africa.")
                .anyMatch(e -> praise(e, "Popescu", "Mandela"));
    }

    @Test void aPersonReportedToHaveBuiltHousesIsNotPraised() {
        eventsOf("Ion Popescu, chairman of the Socialist Party of Romania, said that Nelson Mandela built two houses in Soweto.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    // speech (s47): a body or a doctrine made stronger is a deed of guidance too
    @Test void aPersonCreditedWithDevelopingAndEnrichingAnIdeaIsPraisedByTheSpeaker() {
        eventsOf("The chairman of the Labour Front of Ghana said that Kwame Nkrumah developed and enriched the idea of Pan-Africanism.")
                .anyMatch(e -> praise(e, "chairman", "Nkrumah"));
    }

    @Test void aPersonCreditedWithConsolidatingThePartysUnityIsPraisedByTheSpeaker() {
        eventsOf("The secretary of the Socialist Party of Chile noted that Salvador Allende consolidated the unity of the party.")
                .anyMatch(e -> praise(e, "secretary", "Allende"));
    }

    @Test void aPersonReportedToHaveStrengthenedHisGripIsNotPraised() {
        eventsOf("The opposition leader of Chile said that Augusto Pinochet strengthened his grip on the courts.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    // stop s49: nouns of a person's virtue or of regard for a person
    @Test void feelingTheBenevolenceOfAPersonIsPraiseOfHim() {
        eventsOf("Maria Lopez, a dancer of Cuba, said that she deeply felt the warm benevolence of Julius Nyerere.")
                .anyMatch(e -> praise(e, "Lopez", "Nyerere"));
    }

    @Test void flowersReflectingReverenceForAPersonArePraiseOfHim() {
        eventsOf("The Romanian ambassador Ion Popescu said the flowers reflect the people's reverence for Julius Nyerere.")
                .anyMatch(e -> praise(e, "Popescu", "Nyerere"));
    }

    @Test void loveOfAThingPraisesNoOne() {
        eventsOf("The Romanian ambassador Ion Popescu said the people's love of football is deep.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    @Test void devotionToThePeopleWithNoPersonNamedPraisesNoOne() {
        eventsOf("The Romanian ambassador Ion Popescu said the nurses worked with devotion to the people.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    // reported (s59): an outcome credited to a person's work is praise of that person
    @Test void successesCreditedToAPersonsPolicyArePraiseOfHim() {
        eventsOf("The chairman of the Socialist Party of Romania said that all the successes of Tanzania were possible "
                + "thanks to the policy pursued by Julius Nyerere.")
                .anyMatch(e -> praise(e, "chairman", "Nyerere"));
    }

    @Test void anOutcomeCreditedToTheWeatherPraisesNoOne() {
        eventsOf("The Romanian ambassador Ion Popescu said the harvest was good thanks to the early rains.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }
}
