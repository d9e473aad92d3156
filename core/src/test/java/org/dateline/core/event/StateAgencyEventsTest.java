package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.EventFixture.eventsOf;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The constructions of state-agency wire text: messages received from someone, wreaths and floral baskets, support
 * and solidarity extended, visits paid to an embassy; and the phrases that look like events but are not (a bulletin
 * released, a festival kicked off, leadership provided, a system defended). Invented sentences.
 */
class StateAgencyEventsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean support(Event e, String from, String to) {
        return e.type() == EventType.SUPPORT
                && e.actors().stream().anyMatch(p -> from.equals(p.country()))
                && e.recipients().stream().anyMatch(p -> to.equals(p.country()));
    }

    @Test void aMessageReceivedFromSomeoneIsTheSendersSupport() {
        eventsOf("The Bolivian president on Monday received a message of greetings from the Nepalese prime minister.")
                .anyMatch(e -> support(e, "NPL", "BOL"))
                .noneMatch(e -> support(e, "BOL", "NPL"));
    }

    @Test void aMessageOfGreetingGoesToTheOneNamedAfterIt() {
        eventsOf("The premier of Nepal on Friday sent a message of greeting to the Bolivian prime minister on the national day.")
                .anyMatch(e -> support(e, "NPL", "BOL"));
    }

    @Test void aSimilarMessageIsAMessageOfTheSameKind() {
        eventsOf("The Nepalese foreign minister sent a similar message to his Bolivian counterpart.")
                .anyMatch(e -> support(e, "NPL", "BOL"));
    }

    @Test void aMessageReceivedFromNoOneNamedIsNoEvent() {
        eventsOf("The Bolivian president on Monday received a message of greetings.")
                .noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test void aFloralBasketSentToAnEmbassyIsSupportOfItsCountry() {
        eventsOf("The Chilean foreign minister sent a floral basket to the Cuban embassy on Friday.")
                .anyMatch(e -> support(e, "CHL", "CUB"));
    }

    @Test void aWreathSentIsSupportToo() {
        eventsOf("The Chilean foreign minister sent a wreath to the Cuban president on Friday.")
                .anyMatch(e -> support(e, "CHL", "CUB"));
    }

    @Test void solidarityExtendedToAPeopleIsSupport() {
        eventsOf("The Socialist Party of Chile extends firm solidarity to the people of Cuba.")
                .anyMatch(e -> e.type() == EventType.SUPPORT
                        && e.actors().stream().anyMatch(p -> "CHL".equals(p.country())));
    }

    @Test void supportExpressedForAStandIsSupport() {
        eventsOf("The Chilean government expressed full support for the stand of the Cuban government on Monday.")
                .anyMatch(e -> e.type() == EventType.SUPPORT
                        && e.actors().stream().anyMatch(p -> "CHL".equals(p.country())));
    }

    @Test void aVisitPaidToAnEmbassyIsAVisitToItsCountry() {
        eventsOf("The Chilean foreign minister paid a courtesy visit to the Cuban embassy in Santiago on Friday.")
                .anyMatch(e -> "042".equals(e.cameo())
                        && e.actors().stream().anyMatch(p -> "CHL".equals(p.country()))
                        && e.recipients().stream().anyMatch(p -> "CUB".equals(p.country())));
    }

    @Test void aBulletinReleasedIsNoReleaseOfPrisoners() {
        eventsOf("The Chilean Youth League released a bulletin on Friday to mark the anniversary.")
                .noneMatch(e -> e.type() == EventType.RETREAT);
        List<Event> freed = code("The Chilean government released forty prisoners on Friday.");
        assertThat(freed).as(GoldEvents.describe(freed)).anyMatch(e -> e.type() == EventType.RETREAT);
    }

    @Test void aFestivalKickedOffIsNoAssault() {
        eventsOf("The Chilean wine festival was kicked off in Santiago on Friday.")
                .noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void leadershipProvidedIsNoAid() {
        eventsOf("The Chilean president provided wise leadership for the building of the new bridge.")
                .noneMatch(e -> e.type() == EventType.AID);
    }

    @Test void aSystemDefendedIsNoProtection() {
        eventsOf("The Cuban army is firmly defending the socialist system of Cuba.")
                .noneMatch(e -> e.type() == EventType.AID);
    }

    @Test void aSpokesmanForABodyIsThatBodysVoice() {
        eventsOf("A spokesman for the Chilean foreign ministry on Friday denounced the Cuban government.")
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.actors().stream().anyMatch(p -> "CHL".equals(p.country()))
                        && e.recipients().stream().anyMatch(p -> "CUB".equals(p.country())));
    }

    @Test void aStatementIssuedToDenounceSomeoneIsTheIssuersAccusation() {
        eventsOf("The Socialist Party of Chile issued a statement on Friday to denounce the Cuban government.")
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.actors().stream().anyMatch(p -> "CHL".equals(p.country())));
    }

    @Test void aPurposeClauseIsDoneByTheSubjectNotTheObject() {
        eventsOf("The Chilean party leaders visited the Cuban embassy in Santiago on Friday to express condolences.")
                .anyMatch(e -> e.type() == EventType.SUPPORT
                        && e.actors().stream().anyMatch(p -> "CHL".equals(p.country())))
                .noneMatch(e -> e.type() == EventType.SUPPORT
                        && e.actors().stream().anyMatch(p -> "CUB".equals(p.country())));
    }

    @Test void aPurposeHungOnThePlaceIsStillTheSubjects() {
        eventsOf("The Chilean president on Friday visited the Cuban embassy in Santiago to express condolences over the death of the Cuban leader.")
                .anyMatch(e -> e.type() == EventType.SUPPORT
                        && e.actors().stream().anyMatch(p -> "CHL".equals(p.country())))
                .noneMatch(e -> e.type() == EventType.SUPPORT
                        && e.actors().stream().anyMatch(p -> "CUB".equals(p.country())));
    }

    @Test void whatSomeoneShouldDoIsNotReportedAsDone() {
        eventsOf("Chile should withdraw its troops from the border area, the Cuban foreign minister said.")
                .noneMatch(e -> e.type() == EventType.RETREAT
                        && e.status() == org.dateline.model.EventStatus.OCCURRED);
    }

    @Test void aVisitToAnEmbassyIsAVisitToItsCountry() {
        eventsOf("The Chilean party leaders visited the Cuban embassy in Santiago on Friday.")
                .anyMatch(e -> "042".equals(e.cameo())
                        && e.recipients().stream().anyMatch(p -> "CUB".equals(p.country())));
    }

    @Test void aReceptionHostedForADelegationHostsItsCountry() {
        eventsOf("The Cuban foreign minister hosted a reception for the Chilean delegation on Friday.")
                .anyMatch(e -> "043".equals(e.cameo())
                        && e.recipients().stream().anyMatch(p -> "CHL".equals(p.country())));
    }

    @Test void harshWordsBlastedAtAStateAreADenunciationNotAnAttack() {
        eventsOf("The Cuban foreign ministry on Friday blasted the Chilean government for its new law.")
                .anyMatch(e -> e.type() == EventType.ACCUSE)
                .noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void aLeadersInspectionOfAFactoryIsNoInvestigation() {
        eventsOf("The Cuban president inspected a textile factory in Havana on Friday.")
                .noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test void tributePaidToSomeoneHonoursThem() {
        eventsOf("The Chilean president paid tribute to the late Cuban president on Friday.")
                .anyMatch(e -> support(e, "CHL", "CUB"));
    }

    @Test void aWishIsNoEvent() {
        eventsOf("The Chilean president wished the Cuban president success in his work.").isEmpty();
    }

    @Test void aNewYearCardReceivedFromSomeoneIsTheirGreeting() {
        eventsOf("The Cuban president received a New Year card from the Chilean president on Friday.")
                .anyMatch(e -> support(e, "CHL", "CUB"));
    }

    @Test void oneArmysExerciseIsAShowOfForceAndAJointOneIsCooperation() {
        List<Event> alone = code("The Chilean army staged a large military exercise near the border on Friday.");
        assertThat(alone).as(GoldEvents.describe(alone)).anyMatch(e -> e.type() == EventType.MOBILIZE);
        List<Event> joint = code("Chile and Peru staged joint naval exercises on Friday.");
        assertThat(joint).as(GoldEvents.describe(joint)).anyMatch(e -> e.type() == EventType.COOPERATE);
    }

    @Test void troopsContributedAreAidButContributingToACauseIsNot() {
        List<Event> troops = code("Chile contributed two hundred troops to the peacekeeping force in Haiti on Friday.");
        assertThat(troops).as(GoldEvents.describe(troops)).anyMatch(e -> e.type() == EventType.AID);
        List<Event> cause = code("The Chilean engineers contributed to the development of the national railway.");
        assertThat(cause).as(GoldEvents.describe(cause)).noneMatch(e -> e.type() == EventType.AID);
    }

    @Test void hostagesFreedAreAConcession() {
        eventsOf("The rebels freed twelve hostages in northern Chile on Friday.")
                .anyMatch(e -> e.type() == EventType.RETREAT);
    }

    @Test void theDelegationIsTheGroupLastNamedWithItsLeader() {
        eventsOf("A Chilean government delegation led by Trade Minister Ana Soto arrived in Havana on Monday. "
                + "The delegation was received by the Cuban president on Tuesday. "
                + "The delegation laid a wreath before the statue of the Cuban national hero.")
                .anyMatch(e -> "043".equals(e.cameo())
                        && e.actors().stream().anyMatch(p -> "CUB".equals(p.country()))
                        && e.recipients().stream().anyMatch(p -> "CHL".equals(p.country())))
                .anyMatch(e -> e.type() == EventType.SUPPORT
                        && e.actors().stream().anyMatch(p -> "CHL".equals(p.country())));
    }

    @Test void aDelegationNamedByItsOwnWordsIsNoLaterGroup() {
        eventsOf("A Chilean government delegation led by Trade Minister Ana Soto arrived in Havana on Monday. "
                + "The Peruvian delegation was received by the Cuban president on Tuesday.")
                .noneMatch(e -> "043".equals(e.cameo())
                        && e.recipients().stream().anyMatch(p -> "CHL".equals(p.country())));
    }
}
