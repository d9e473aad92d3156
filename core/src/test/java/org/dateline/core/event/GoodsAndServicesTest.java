package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * General web pages describe goods and services with the verbs news uses for aid and offers ("the school offers
 * degrees", "the watch provides two days of battery"), and use everyday verbs the imported lexicon codes as
 * cooperation, attack or promise ("integrates with", "grapple with", "ensuring"). Sentences written for this test.
 */
class GoodsAndServicesTest {

    @Test
    void aSchoolOfferingDegreesOffersNoOneAnything() {
        eventsOf("Stanford University and Yale University offer degrees in economics, finance and public policy.")
                .noneMatch(e -> e.type() == EventType.AGREE);
    }

    /** A guard: these were not coded before either, and must not become aid. */
    @Test
    void aProductProvidingHoursOfBatteryIsNoAid() {
        eventsOf("The new Garmin watch provides roughly 90 hours of battery life in tracking mode.")
                .noneMatch(e -> e.type() == EventType.AID);
        eventsOf("Our weekly digest from the Toronto Star is delivered straight to your inbox.")
                .noneMatch(e -> e.type() == EventType.AID);
    }

    @Test
    void aidGivenToAStateIsStillAid() {
        eventsOf("Norway provided food aid to Somalia on Tuesday.").anyMatch(e -> e.type() == EventType.AID);
        eventsOf("The United Nations delivered medicine and tents to the flooded villages of Pakistan.")
                .anyMatch(e -> e.type() == EventType.AID);
    }

    @Test
    void anOfferOfAnActOrOfWhatStatesGiveIsStillAnOffer() {
        eventsOf("Egypt offered to mediate between Israel and Hamas.").isNotEmpty();
        eventsOf("Japan offered a loan for the new railway in Kenya.").anyMatch(e -> e.type() == EventType.AGREE);
    }

    @Test
    void everydayVerbsOfFittingStrugglingAndMakingSureAreNoEvents() {
        eventsOf("The Sage payroll app integrates fully with the Xero ledger.")
                .noneMatch(e -> e.type() == EventType.SUPPORT);
        eventsOf("Most Canadian voters cannot grapple with the scale of the deficit.")
                .noneMatch(e -> e.type() == EventType.ASSAULT);
        eventsOf("The German carmaker is ensuring no delays for its Hungarian suppliers.")
                .noneMatch(e -> e.type() == EventType.AGREE);
    }

    @Test
    void whatPeopleAtLargeDoInThePresentIsAGeneralisation() {
        eventsOf("Most people praise the Kenyan president for his speeches.")
                .noneMatch(e -> e.type() == EventType.SUPPORT);
        eventsOf("A lot of readers criticize the Ghanaian government over fuel prices.").isEmpty();
    }

    @Test
    void whatAnUnnamedShareOfSomeKindOfBodyDoesNowIsAGeneralisation() {
        eventsOf("Some councils are refusing to accept the new Irish rules.")
                .noneMatch(e -> e.type() == EventType.REJECT);
    }

    @Test
    void aPastActOfAShareOrTheActOfNamedBodiesIsStillAnEvent() {
        eventsOf("Some councils refused to accept the new Irish rules on Monday.")
                .anyMatch(e -> e.type() == EventType.REJECT);
        eventsOf("The Dublin councils are refusing to accept the new Irish rules.")
                .anyMatch(e -> e.type() == EventType.REJECT);
    }

    @Test
    void aPastActOfPeopleIsStillAnEventButTheHabitOfABodyIsNone() {
        eventsOf("Many people praised the Kenyan president for his speech on Monday.")
                .anyMatch(e -> e.type() == EventType.SUPPORT);
        // habitual conduct is no event (CODING.md section 7, question 126)
        eventsOf("Belarusian police often arrest protesters in Minsk.").noneMatch(e -> e.type() == EventType.COERCE);
    }

    @Test
    void chargingADeviceIsNoAccusationButChargingAPersonIs() {
        eventsOf("Some people could complete the whole Pacific Crest Trail without ever charging their phone.")
                .noneMatch(e -> e.type() == EventType.ACCUSE);
        eventsOf("Kenyan prosecutors charged the former finance minister with fraud.")
                .anyMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test
    void shootingAFilmOrOnASetIsNoAttackButShootingPeopleIs() {
        eventsOf("The Egyptian director shot the film in Alexandria last spring.")
                .noneMatch(e -> e.type() == EventType.ASSAULT);
        eventsOf("The Turkish drama is shot on a set outside Istanbul.").noneMatch(e -> e.type() == EventType.ASSAULT);
        eventsOf("Syrian soldiers shot two protesters in Daraa on Friday.").anyMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test
    void aProductThatComesHighlyRecommendedAsksNothingOfAnyone() {
        eventsOf("For trekking in the Alps, the Swiss boot from Lowa comes highly recommended.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }
}
