package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

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
        List<Event> es = code("The Bolivian president on Monday received a message of greetings from the Nepalese prime minister.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> support(e, "NPL", "BOL"));
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> support(e, "BOL", "NPL"));
    }

    @Test void aMessageOfGreetingGoesToTheOneNamedAfterIt() {
        List<Event> es = code("The premier of Nepal on Friday sent a message of greeting to the Bolivian prime minister on the national day.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> support(e, "NPL", "BOL"));
    }

    @Test void aSimilarMessageIsAMessageOfTheSameKind() {
        List<Event> es = code("The Nepalese foreign minister sent a similar message to his Bolivian counterpart.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> support(e, "NPL", "BOL"));
    }

    @Test void aMessageReceivedFromNoOneNamedIsNoEvent() {
        List<Event> es = code("The Bolivian president on Monday received a message of greetings.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test void aFloralBasketSentToAnEmbassyIsSupportOfItsCountry() {
        List<Event> es = code("The Chilean foreign minister sent a floral basket to the Cuban embassy on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> support(e, "CHL", "CUB"));
    }

    @Test void aWreathSentIsSupportToo() {
        List<Event> es = code("The Chilean foreign minister sent a wreath to the Cuban president on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> support(e, "CHL", "CUB"));
    }

    @Test void solidarityExtendedToAPeopleIsSupport() {
        List<Event> es = code("The Socialist Party of Chile extends firm solidarity to the people of Cuba.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.SUPPORT
                && e.actors().stream().anyMatch(p -> "CHL".equals(p.country())));
    }

    @Test void supportExpressedForAStandIsSupport() {
        List<Event> es = code("The Chilean government expressed full support for the stand of the Cuban government on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.SUPPORT
                && e.actors().stream().anyMatch(p -> "CHL".equals(p.country())));
    }

    @Test void aVisitPaidToAnEmbassyIsAVisitToItsCountry() {
        List<Event> es = code("The Chilean foreign minister paid a courtesy visit to the Cuban embassy in Santiago on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> "042".equals(e.cameo())
                && e.actors().stream().anyMatch(p -> "CHL".equals(p.country()))
                && e.recipients().stream().anyMatch(p -> "CUB".equals(p.country())));
    }

    @Test void aBulletinReleasedIsNoReleaseOfPrisoners() {
        List<Event> es = code("The Chilean Youth League released a bulletin on Friday to mark the anniversary.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.RETREAT);
        List<Event> freed = code("The Chilean government released forty prisoners on Friday.");
        assertThat(freed).as(GoldEvents.describe(freed)).anyMatch(e -> e.type() == EventType.RETREAT);
    }

    @Test void aFestivalKickedOffIsNoAssault() {
        List<Event> es = code("The Chilean wine festival was kicked off in Santiago on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void leadershipProvidedIsNoAid() {
        List<Event> es = code("The Chilean president provided wise leadership for the building of the new bridge.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.AID);
    }

    @Test void aSystemDefendedIsNoProtection() {
        List<Event> es = code("The Cuban army is firmly defending the socialist system of Cuba.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.AID);
    }

    @Test void aSpokesmanForABodyIsThatBodysVoice() {
        List<Event> es = code("A spokesman for the Chilean foreign ministry on Friday denounced the Cuban government.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> "CHL".equals(p.country()))
                && e.recipients().stream().anyMatch(p -> "CUB".equals(p.country())));
    }

    @Test void aStatementIssuedToDenounceSomeoneIsTheIssuersAccusation() {
        List<Event> es = code("The Socialist Party of Chile issued a statement on Friday to denounce the Cuban government.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> "CHL".equals(p.country())));
    }

    @Test void aPurposeClauseIsDoneByTheSubjectNotTheObject() {
        List<Event> es = code("The Chilean party leaders visited the Cuban embassy in Santiago on Friday to express condolences.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.SUPPORT
                && e.actors().stream().anyMatch(p -> "CHL".equals(p.country())));
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.SUPPORT
                && e.actors().stream().anyMatch(p -> "CUB".equals(p.country())));
    }

    @Test void aPurposeHungOnThePlaceIsStillTheSubjects() {
        List<Event> es = code("The Chilean president on Friday visited the Cuban embassy in Santiago to express condolences over the death of the Cuban leader.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.SUPPORT
                && e.actors().stream().anyMatch(p -> "CHL".equals(p.country())));
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.SUPPORT
                && e.actors().stream().anyMatch(p -> "CUB".equals(p.country())));
    }

    @Test void whatSomeoneShouldDoIsNotReportedAsDone() {
        List<Event> es = code("Chile should withdraw its troops from the border area, the Cuban foreign minister said.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.RETREAT
                && e.status() == org.dateline.model.EventStatus.OCCURRED);
    }

    @Test void aVisitToAnEmbassyIsAVisitToItsCountry() {
        List<Event> es = code("The Chilean party leaders visited the Cuban embassy in Santiago on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> "042".equals(e.cameo())
                && e.recipients().stream().anyMatch(p -> "CUB".equals(p.country())));
    }

    @Test void aReceptionHostedForADelegationHostsItsCountry() {
        List<Event> es = code("The Cuban foreign minister hosted a reception for the Chilean delegation on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> "043".equals(e.cameo())
                && e.recipients().stream().anyMatch(p -> "CHL".equals(p.country())));
    }

    @Test void harshWordsBlastedAtAStateAreADenunciationNotAnAttack() {
        List<Event> es = code("The Cuban foreign ministry on Friday blasted the Chilean government for its new law.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE);
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void aLeadersInspectionOfAFactoryIsNoInvestigation() {
        List<Event> es = code("The Cuban president inspected a textile factory in Havana on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test void tributePaidToSomeoneHonoursThem() {
        List<Event> es = code("The Chilean president paid tribute to the late Cuban president on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> support(e, "CHL", "CUB"));
    }

    @Test void aWishIsNoEvent() {
        List<Event> es = code("The Chilean president wished the Cuban president success in his work.");
        assertThat(es).as(GoldEvents.describe(es)).isEmpty();
    }

    @Test void aNewYearCardReceivedFromSomeoneIsTheirGreeting() {
        List<Event> es = code("The Cuban president received a New Year card from the Chilean president on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> support(e, "CHL", "CUB"));
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
        List<Event> es = code("The rebels freed twelve hostages in northern Chile on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.RETREAT);
    }

    @Test void theDelegationIsTheGroupLastNamedWithItsLeader() {
        List<Event> es = code("A Chilean government delegation led by Trade Minister Ana Soto arrived in Havana on Monday. "
                + "The delegation was received by the Cuban president on Tuesday. "
                + "The delegation laid a wreath before the statue of the Cuban national hero.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> "043".equals(e.cameo())
                && e.actors().stream().anyMatch(p -> "CUB".equals(p.country()))
                && e.recipients().stream().anyMatch(p -> "CHL".equals(p.country())));
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.SUPPORT
                && e.actors().stream().anyMatch(p -> "CHL".equals(p.country())));
    }

    @Test void aDelegationNamedByItsOwnWordsIsNoLaterGroup() {
        List<Event> es = code("A Chilean government delegation led by Trade Minister Ana Soto arrived in Havana on Monday. "
                + "The Peruvian delegation was received by the Cuban president on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> "043".equals(e.cameo())
                && e.recipients().stream().anyMatch(p -> "CHL".equals(p.country())));
    }
}
