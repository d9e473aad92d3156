package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * General web pages describe goods and services with the verbs news uses for aid and offers ("the school offers
 * degrees", "the watch provides two days of battery"), and use everyday verbs the imported lexicon codes as
 * cooperation, attack or promise ("integrates with", "grapple with", "ensuring"). Sentences written for this test.
 */
class GoodsAndServicesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test
    void aSchoolOfferingDegreesOffersNoOneAnything() {
        List<Event> es = code("Stanford University and Yale University offer degrees in economics, finance and public policy.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.AGREE);
    }

    /** A guard: these were not coded before either, and must not become aid. */
    @Test
    void aProductProvidingHoursOfBatteryIsNoAid() {
        List<Event> es = code("The new Garmin watch provides roughly 90 hours of battery life in tracking mode.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.AID);
        es = code("Our weekly digest from the Toronto Star is delivered straight to your inbox.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.AID);
    }

    @Test
    void aidGivenToAStateIsStillAid() {
        List<Event> es = code("Norway provided food aid to Somalia on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.AID);
        es = code("The United Nations delivered medicine and tents to the flooded villages of Pakistan.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.AID);
    }

    @Test
    void anOfferOfAnActOrOfWhatStatesGiveIsStillAnOffer() {
        List<Event> es = code("Egypt offered to mediate between Israel and Hamas.");
        assertThat(es).as(GoldEvents.describe(es)).isNotEmpty();
        es = code("Japan offered a loan for the new railway in Kenya.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.AGREE);
    }

    @Test
    void everydayVerbsOfFittingStrugglingAndMakingSureAreNoEvents() {
        List<Event> es = code("The Sage payroll app integrates fully with the Xero ledger.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.SUPPORT);
        es = code("Most Canadian voters cannot grapple with the scale of the deficit.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ASSAULT);
        es = code("The German carmaker is ensuring no delays for its Hungarian suppliers.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.AGREE);
    }

    @Test
    void whatPeopleAtLargeDoInThePresentIsAGeneralisation() {
        List<Event> es = code("Most people praise the Kenyan president for his speeches.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.SUPPORT);
        es = code("A lot of readers criticize the Ghanaian government over fuel prices.");
        assertThat(es).as(GoldEvents.describe(es)).isEmpty();
    }

    @Test
    void aPastActOfPeopleOrTheHabitOfABodyIsStillAnEvent() {
        List<Event> es = code("Many people praised the Kenyan president for his speech on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.SUPPORT);
        es = code("Belarusian police often arrest protesters in Minsk.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.COERCE);
    }

    @Test
    void chargingADeviceIsNoAccusationButChargingAPersonIs() {
        List<Event> es = code("Some people could complete the whole Pacific Crest Trail without ever charging their phone.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
        es = code("Kenyan prosecutors charged the former finance minister with fraud.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test
    void shootingAFilmOrOnASetIsNoAttackButShootingPeopleIs() {
        List<Event> es = code("The Egyptian director shot the film in Alexandria last spring.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ASSAULT);
        es = code("The Turkish drama is shot on a set outside Istanbul.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ASSAULT);
        es = code("Syrian soldiers shot two protesters in Daraa on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test
    void aProductThatComesHighlyRecommendedAsksNothingOfAnyone() {
        List<Event> es = code("For trekking in the Alps, the Swiss boot from Lowa comes highly recommended.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.REQUEST);
    }
}
