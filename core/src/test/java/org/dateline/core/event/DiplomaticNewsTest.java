package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.EventFixture.eventsOf;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The constructions of diplomatic wire news: a delegation met or received though the parser reads "the delegation
 * headed by its chairman" as a clause of its own, guests and delegations with no leader named, a visit told as a
 * noun ("the visit of X to Y", "a visit by X"), an agreement signed and talks held in the passive with "between",
 * gifts; and the rhetoric of praise and defence whose object is an abstract good. Invented sentences.
 */
class DiplomaticNewsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean involves(Event e, EventType type, String country) {
        return e.type() == type && (e.actors().stream().anyMatch(p -> country.equals(p.country()))
                || e.recipients().stream().anyMatch(p -> country.equals(p.country())));
    }

    @Test void aDelegationHeadedByItsOwnChairmanIsMetAsTheDelegation() {
        eventsOf("The Ghanaian foreign minister met the Uruguayan delegation headed by its chairman on Tuesday.")
                .anyMatch(e -> involves(e, EventType.CONSULT, "GHA") && involves(e, EventType.CONSULT, "URY"));
    }

    @Test void aDelegationHeadedByItsOwnChairmanIsReceivedAsTheDelegation() {
        eventsOf("The Ghanaian foreign minister received the Uruguayan delegation headed by its chairman on Tuesday.")
                .anyMatch(e -> involves(e, EventType.CONSULT, "GHA") && involves(e, EventType.CONSULT, "URY"));
    }

    @Test void guestsWithNoCountryAreStillTheOtherSideOfATalk() {
        eventsOf("The Ghanaian president met and had a friendly talk with foreign guests in Accra on Friday.")
                .anyMatch(e -> involves(e, EventType.CONSULT, "GHA")
                        && e.actors().size() + e.recipients().size() >= 2);
    }

    @Test void aDelegationLeavingForACountryVisitsIt() {
        eventsOf("A delegation of the Ghana-Uruguay Friendship Society left here for Uruguay on Friday.")
                .anyMatch(e -> e.type() == EventType.CONSULT
                        && e.recipients().stream().anyMatch(p -> "URY".equals(p.country())));
    }

    @Test void theVisitOfSomeoneToACountryIsTheirVisit() {
        eventsOf("The visit of the Ghanaian president to Uruguay ended on Friday.")
                .anyMatch(e -> e.type() == EventType.CONSULT
                        && e.actors().stream().anyMatch(p -> "GHA".equals(p.country()))
                        && e.recipients().stream().anyMatch(p -> "URY".equals(p.country())));
    }

    @Test void aVisitBySomeoneIsTheirs() {
        eventsOf("A visit by the Ghanaian president to Uruguay began on Friday.")
                .anyMatch(e -> e.type() == EventType.CONSULT
                        && e.actors().stream().anyMatch(p -> "GHA".equals(p.country())));
    }

    @Test void talksHeldBetweenTwoSidesInThePassiveAreTheirTalks() {
        eventsOf("Talks were held between the Ghanaian president and the Uruguayan president on Friday.")
                .anyMatch(e -> involves(e, EventType.CONSULT, "GHA") && involves(e, EventType.CONSULT, "URY"));
    }

    @Test void anAgreementSignedBetweenTwoSidesInThePassiveIsTheirs() {
        eventsOf("An agreement on fisheries was signed between Ghana and Uruguay in Accra on Friday.")
                .anyMatch(e -> e.cameo().startsWith("057")
                        && (involves(e, e.type(), "GHA") || involves(e, e.type(), "URY")));
    }

    @Test void aGiftSentOrReceivedIsATokenOfSupport() {
        List<Event> sent = code("The Uruguayan president sent a gift to the Ghanaian president on Friday.");
        assertThat(sent).as(GoldEvents.describe(sent)).anyMatch(e -> e.type() == EventType.SUPPORT
                && e.actors().stream().anyMatch(p -> "URY".equals(p.country()))
                && e.recipients().stream().anyMatch(p -> "GHA".equals(p.country())));
        List<Event> got = code("The Ghanaian president received a gift from the Uruguayan president on Friday.");
        assertThat(got).as(GoldEvents.describe(got)).anyMatch(e -> e.type() == EventType.SUPPORT
                && e.actors().stream().anyMatch(p -> "URY".equals(p.country())));
    }

    @Test void praisingOrDefendingAnAbstractGoodIsNoActOnAnyone() {
        assertThat(code("The Ghanaian people glorified the sovereignty of their country.")).isEmpty();
        assertThat(code("The Ghanaian people will defend and glorify the feats of their first president.")).isEmpty();
        assertThat(code("The late president provided the friendship between Ghana and Uruguay.")).noneMatch(e -> e.type() == EventType.AID);
        assertThat(code("The Ghanaian army foiled the plot of the mutineers.")).noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void theSameVerbsWithAConcreteObjectStillCode() {
        eventsOf("The Ghanaian government provided food to the refugees from Togo.")
                .anyMatch(e -> e.type() == EventType.AID);
    }

    @Test void aWreathBeforeTheStatueOfSomeoneHonoursThem() {
        eventsOf("The Uruguayan delegates laid a wreath before the statue of Kwame Nkrumah in Accra on Monday.")
                .anyMatch(e -> e.type() == EventType.SUPPORT
                        && e.recipients().stream().anyMatch(p -> p.name().contains("Nkrumah")));
        List<Event> passive = code("A floral basket was placed before the portrait of Kwame Nkrumah by the Uruguayan embassy on Monday.");
        assertThat(passive).as(GoldEvents.describe(passive)).anyMatch(e -> e.type() == EventType.SUPPORT
                && e.actors().stream().anyMatch(p -> "URY".equals(p.country()))
                && e.recipients().stream().anyMatch(p -> p.name().contains("Nkrumah")));
    }

    @Test void takingPartInAnExerciseAgreesToNothing() {
        eventsOf("The Uruguayan delegation took part in the joint exercise with Ghana.")
                .noneMatch(e -> e.type() == EventType.AGREE);
    }

    private static List<Event> filed(String agency, String dateline, String body) {
        org.dateline.model.Article a = new org.dateline.model.Article("t", "test", null, null, null, agency, dateline, null,
                "2023-05-10", false, List.of(), null, null, "en", body, "");
        return GoldEvents.PIPELINE.annotate(a).events();
    }

    @Test void arrivingHereIsAVisitToWhereTheStoryIsFiled() {
        List<Event> es = filed(null, "Accra", "A delegation of the Uruguayan parliament arrived here on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.CONSULT
                && e.actors().stream().anyMatch(p -> "URY".equals(p.country()))
                && e.recipients().stream().anyMatch(p -> "GHA".equals(p.country())));
        List<Event> byAgency = filed("Xinhua", null, "A delegation of the Uruguayan parliament arrived here on Tuesday.");
        assertThat(byAgency).as(GoldEvents.describe(byAgency)).anyMatch(e -> e.type() == EventType.CONSULT
                && e.recipients().stream().anyMatch(p -> "CHN".equals(p.country())));
    }

    @Test void leavingHereIsNoVisitToWhereTheStoryIsFiled() {
        List<Event> es = filed(null, "Accra", "A delegation of the Ghanaian Red Cross left here on Saturday to attend a congress.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.CONSULT
                && e.recipients().stream().anyMatch(p -> "GHA".equals(p.country())));
    }

    @Test void hereWithNoPlaceKnownIsNoVisit() {
        List<Event> es = filed(null, null, "A delegation of the Uruguayan parliament arrived here on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test void hurtingASystemOrADignityIsNoAttack() {
        eventsOf("The Chilean regime perpetrated provocations hurting the dignity and system of Bolivia.")
                .noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void aDisasterThatKillsIsNoOnesAttack() {
        assertThat(code("A bus crash killed 14 people near Cusco on Monday.")).noneMatch(e -> e.type() == EventType.ASSAULT);
        assertThat(code("Wildfires have destroyed 2,000 hectares of forests in Bolivia.")).noneMatch(e -> e.type() == EventType.ASSAULT);
        assertThat(code("Nine villagers were killed in a landslide in northern Peru on Monday.")).noneMatch(e -> e.type() == EventType.ASSAULT);
        eventsOf("Nine villagers were killed by Peruvian troops in northern Peru on Monday.")
                .anyMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void aTitleChainBeforeANameLeavesThePersonTheActor() {
        eventsOf("Secretary General of the African Union Amara Diallo met the Ghanaian ambassador on Tuesday.")
                .anyMatch(e -> e.type() == EventType.CONSULT
                        && e.actors().stream().anyMatch(p -> p.name().equals("Amara Diallo") && "IGO".equals(p.country())));
    }

    @Test void aTitleBeforeAVerbStaysWithItsOwnerInAMeeting() {
        List<Event> es = code("The Ghanaian prime minister met the Uruguayan delegation led by Rafael Ibarra on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> involves(e, EventType.CONSULT, "GHA")
                && involves(e, EventType.CONSULT, "URY"));
        assertThat(es).noneMatch(e -> e.actors().stream().anyMatch(p -> p.name().equals("Rafael Ibarra") && "GHA".equals(p.country())));
    }
}
