package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Meetings, thanks and signings in the shapes wire copy writes them: a meeting or visit ended ("wrapped up a meeting
 * with X", "ending a two-day visit"), names the parser swallowed into a fronted adjunct, a meeting partner named by
 * "with whom", a speaker's "I want to thank", a parliament ratifying a treaty. Sentences written for this test.
 */
class WireMeetingsAndSigningsTest {
    private static boolean names(Event e, String name) {
        return e.actors().stream().anyMatch(p -> p.name().contains(name))
                || e.recipients().stream().anyMatch(p -> p.name().contains(name));
    }

    @Test void aMeetingWrappedUpWasHeldByTheOneWhoEndedItWithItsPartner() {
        eventsOf("Kofi Annan wrapped up a three-hour meeting with Iraqi President Saddam Hussein in Baghdad on Monday.")
                .anyMatch(e -> e.type() == EventType.CONSULT && names(e, "Annan") && names(e, "Saddam"));
    }

    @Test void talksConcludedWithAMinisterAreAMeetingWithHim() {
        eventsOf("The Turkish foreign minister concluded talks with Greek Foreign Minister Theodoros Pangalos on Monday.")
                .anyMatch(e -> e.type() == EventType.CONSULT && names(e, "Pangalos"));
    }

    @Test void aVisitEndedInAParticipleSetOffAfterANameIsThatPersonsVisit() {
        eventsOf("German Defense Minister Rudolf Scharping, ending a two-day visit to Poland, said the country was ready.")
                .anyMatch(e -> e.type() == EventType.CONSULT && names(e, "Scharping") && names(e, "Poland"));
    }

    @Test void aMeetingHeldToFinishADiscussionIsOneMeeting() {
        eventsOf("On Wednesday, U.S. Ambassador Prudence Bushnell and Kenyan Foreign Minister Bonaya Godana met again to"
                + " finish their discussion.")
                .filteredOn(e -> e.type() == EventType.CONSULT).hasSize(1);
    }

    @Test void aParticipleAfterTheNameOfAnObjectIsNotThatPersonsAct() {
        eventsOf("Last week, the caucus wrote to Sam Altman and the company's board, asking the company to diversify its board.")
                .noneMatch(e -> e.type() == EventType.REQUEST && e.actors().stream().anyMatch(p -> p.name().contains("Altman")));
    }

    @Test void endingAStrikeIsNoMeetingOfThoseWhoEndIt() {
        eventsOf("The army ended the strike on Monday.").noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test void namesAfterAFrontedAdjunctAreTheSubjectOfTheVerbThatFollows() {
        eventsOf("In their joint statement issued after the talks, Yeltsin and Kuchma called for the fastest possible"
                + " ratification of the treaty.")
                .anyMatch(e -> e.type() == EventType.REQUEST && names(e, "Yeltsin") && names(e, "Kuchma"));
    }

    @Test void theOneWithWhomSomeoneMetIsTheNominalBeforeThePronoun() {
        eventsOf("Israeli Prime Minister Benjamin Netanyahu carried a message to President Clinton from King Abdullah of"
                + " Jordan, with whom Netanyahu met on Monday.")
                .anyMatch(e -> e.type() == EventType.CONSULT && names(e, "Netanyahu") && names(e, "Abdullah"));
    }

    @Test void aSpeakerWhoSaysHeWantsToThankAPeopleThanksThem() {
        eventsOf("\"I want to thank the American people,\" the Cuban president said.")
                .anyMatch(e -> e.type() == EventType.SUPPORT && e.status() == EventStatus.OCCURRED);
    }

    @Test void aSpeakerWhoWouldLikeToThankAGovernmentThanksIt() {
        eventsOf("\"We would like to thank the Chinese government for its help,\" Kenyan Foreign Minister Bonaya Godana said.")
                .anyMatch(e -> e.type() == EventType.SUPPORT && names(e, "Godana") && e.status() == EventStatus.OCCURRED);
    }

    @Test void aWishToThankToldInThePastThanksNoOne() {
        eventsOf("The senator wanted to thank the American people.").noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test void aParliamentRatifyingATreatySignsItAlone() {
        eventsOf("The Hungarian parliament ratified the treaty on Tuesday.")
                .anyMatch(e -> e.type() == EventType.SUPPORT && "057".equals(e.cameo()));
    }

    @Test void aProtocolSignedByTwoStatesIsAFormalAgreement() {
        eventsOf("Russia and Ukraine signed a protocol on the Black Sea fleet on Friday.")
                .anyMatch(e -> e.type() == EventType.SUPPORT && "057".equals(e.cameo()) && names(e, "Russia"));
    }
}
