package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Gatherings in honour of someone held apart in several countries and listed in one sentence are one act of honouring
 * per country (CODING.md question 127), the country's participants honouring the one the occasion names; a gathering
 * that honours no one, one in the honoured one's own country, and a protest are not. On sentences written for this
 * test.
 */
class ListedGatheringsTest {

    private static boolean honours(Event e, String country, String toWord) {
        return e.type() == EventType.SUPPORT && "017".equals(e.cameo())
                && e.actors().stream().anyMatch(p -> country.equals(p.country()) && "CVL".equals(p.sector()))
                && e.recipients().stream().anyMatch(p -> p.name().contains(toWord));
    }

    @Test void meetingsHeldInThreeCountriesToMarkABirthdayAreThreeActsOfHonouring() {
        eventsOf("Meetings were held in Peru, Chile and Ghana to mark the birthday of Nelson Mandela.")
                .anyMatch(e -> honours(e, "PER", "Mandela"))
                .anyMatch(e -> honours(e, "CHL", "Mandela"))
                .anyMatch(e -> honours(e, "GHA", "Mandela"));
    }

    @Test void meetingsThatTookPlaceToCongratulateSomeoneAreDatedByTheirDays() {
        eventsOf("Meetings took place in Nepal and Benin between May 2 and 4 to congratulate Nelson Mandela on his election.")
                .anyMatch(e -> honours(e, "NPL", "Mandela") && "2023-05".equals(e.date()))
                .anyMatch(e -> honours(e, "BEN", "Mandela") && "2023-05".equals(e.date()));
    }

    @Test void differentGatheringsListedWithTheirCountriesAreEachTheirCountrysAct() {
        eventsOf("On the occasion of the birthday of Nelson Mandela a meeting was held in France, a lecture given in"
                + " Guinea and a film show in Russia.")
                .anyMatch(e -> honours(e, "FRA", "Mandela"))
                .anyMatch(e -> honours(e, "GIN", "Mandela"))
                .anyMatch(e -> honours(e, "RUS", "Mandela"));
    }

    @Test void aListAfterTheSentenceThatToldTheOccasionHonoursTheOneItNamed() {
        eventsOf("Events were held across the world to mark the birthday of Nelson Mandela. They included remembrance"
                + " meetings in Laos and Cuba and lectures in Mali.")
                .anyMatch(e -> honours(e, "LAO", "Mandela"))
                .anyMatch(e -> honours(e, "CUB", "Mandela"))
                .anyMatch(e -> honours(e, "MLI", "Mandela"));
    }

    @Test void anAnniversaryMarkedInSeveralCountriesIsMarkedByEach() {
        eventsOf("The birthday of Nelson Mandela was marked in Peru and Mexico.")
                .anyMatch(e -> honours(e, "PER", "Mandela"))
                .anyMatch(e -> honours(e, "MEX", "Mandela"));
    }

    @Test void aStateWhoseAnniversaryIsCelebratedIsTheOneHonoured() {
        eventsOf("Meetings were held in Russia and Laos in celebration of the anniversary of South Africa.")
                .anyMatch(e -> honours(e, "RUS", "South Africa"))
                .anyMatch(e -> honours(e, "LAO", "South Africa"));
    }

    @Test void seminarsOnTradeHonourNoOne() {
        eventsOf("Seminars were held in Peru and Chile on trade policy.")
                .noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test void meetingsInTheHonouredOnesOwnCountryAreDomesticHonour() {
        eventsOf("Meetings were held in Pretoria and Durban to mark the birthday of Nelson Mandela.")
                .noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test void protestsOnAnAnniversaryAreNoHonouring() {
        eventsOf("Protests were held in Peru and Chile to mark the anniversary of the coup.")
                .noneMatch(e -> "017".equals(e.cameo()));
    }

    @Test void aSeminarThatWillBeHeldIsAPlanNotAnActOfHonouring() {
        eventsOf("A seminar will be held in Peru and Chile next month to mark the birthday of Nelson Mandela.")
                .noneMatch(e -> "017".equals(e.cameo()));
    }

    @Test void meetingsThatAreToBeHeldHonourNoOneYet() {
        eventsOf("Meetings are to be held in Laos and Mali in April to mark the birthday of Nelson Mandela.")
                .noneMatch(e -> "017".equals(e.cameo()));
    }

    @Test void aBirthdayThatWillBeMarkedAbroadIsNotYetMarked() {
        eventsOf("The birthday of Nelson Mandela will be marked in Peru and Mexico.")
                .noneMatch(e -> "017".equals(e.cameo()));
    }

    @Test void filmShowsListedAfterTheirOccasionAreOneActOfHonouringPerCountry() {
        eventsOf("Events took place in different countries to mark the birthday of Nelson Mandela. They included"
                + " meetings, book and photo exhibitions and film shows in Peru, Chile and Ghana.")
                .anyMatch(e -> honours(e, "PER", "Mandela"))
                .anyMatch(e -> honours(e, "CHL", "Mandela"))
                .anyMatch(e -> honours(e, "GHA", "Mandela"));
    }

    @Test void filmShowsThatTookPlaceInSeveralCountriesAreEachTheirCountrysAct() {
        eventsOf("Film shows took place in Benin and Laos on Monday on the occasion of the birthday of Nelson Mandela.")
                .anyMatch(e -> honours(e, "BEN", "Mandela"))
                .anyMatch(e -> honours(e, "LAO", "Mandela"));
    }

    @Test void gatheringsListedWithoutTheirVerbAfterTheFirstAreEachTheirCountrysAct() {
        eventsOf("On the occasion of the birthday of Nelson Mandela a lecture was given in Cuba, a reading session and"
                + " film show in Peru and film shows in Chile and Mali.")
                .anyMatch(e -> honours(e, "CUB", "Mandela"))
                .anyMatch(e -> honours(e, "PER", "Mandela"))
                .anyMatch(e -> honours(e, "CHL", "Mandela"))
                .anyMatch(e -> honours(e, "MLI", "Mandela"));
    }

    @Test void twoGatheringsInOneCountryAreOneActOfThatCountry() {
        eventsOf("A lecture and a film show were given in Peru to mark the birthday of Nelson Mandela.")
                .filteredOn(e -> "017".equals(e.cameo())).hasSize(1);
    }

    @Test void aPartyOfAStateWhoseAnniversaryIsMarkedIsTheOneHonoured() {
        eventsOf("Film shows were held in Peru and Chile to mark the founding anniversary of the Workers' Party of Korea.")
                .anyMatch(e -> honours(e, "PER", "Workers"))
                .anyMatch(e -> honours(e, "CHL", "Workers"));
    }

    @Test void filmShowsThatWillTakePlaceAbroadAreAPlan() {
        eventsOf("Film shows will take place in Peru and Chile next week to mark the birthday of Nelson Mandela.")
                .noneMatch(e -> "017".equals(e.cameo()));
    }

    @Test void aPlaceTheGatheringIsAboutIsNotWhereItWasHeld() {
        eventsOf("A seminar on the situation in Chile was held on Monday to mark the birthday of Nelson Mandela.")
                .noneMatch(e -> "017".equals(e.cameo()));
    }

    @Test void filmShowsInTheHonouredOnesOwnCountryAreDomesticHonour() {
        eventsOf("Film shows took place in Pretoria and Durban to mark the birthday of Nelson Mandela.")
                .noneMatch(e -> "017".equals(e.cameo()));
    }

    @Test void seminarsOnSomeonesFeatsHeldInSeveralCountriesHonourHimInEach() {
        eventsOf("Seminars on the feats of Nelson Mandela were held in Peru, Chile and Ghana on Monday.")
                .anyMatch(e -> honours(e, "PER", "Mandela"))
                .anyMatch(e -> honours(e, "CHL", "Mandela"))
                .anyMatch(e -> honours(e, "GHA", "Mandela"));
    }

    @Test void aLectureOnSomeonesExploitsPlacedAfterItsTopicIsHeldThere() {
        eventsOf("A lecture on Nelson Mandela's revolutionary exploits in Mexico and a meeting in Cuba took place on Monday.")
                .anyMatch(e -> honours(e, "MEX", "Mandela"))
                .anyMatch(e -> honours(e, "CUB", "Mandela"));
    }

    @Test void seminarsOnSomeonesFeatsHeldInTwoTownsOfOneCountryAreOneActOfThatCountry() {
        eventsOf("Seminars on the feats of Nelson Mandela were held in Lima and Cusco on Monday.")
                .filteredOn(e -> "017".equals(e.cameo())).hasSize(1)
                .anyMatch(e -> honours(e, "PER", "Mandela"));
    }

    @Test void seminarsOnSomeonesFeatsInHisOwnCountryAreDomesticHonour() {
        eventsOf("Seminars on the feats of Nelson Mandela were held in Pretoria and Durban on Monday.")
                .noneMatch(e -> "017".equals(e.cameo()));
    }

    @Test void seminarsOnSomeonesFeatsThatWillBeHeldAreAPlan() {
        eventsOf("Seminars on the feats of Nelson Mandela will be held in Peru and Chile next month.")
                .noneMatch(e -> "017".equals(e.cameo()));
    }

    @Test void seminarsOnTheLifeOfNoOneNamedHonourNoOne() {
        eventsOf("Seminars on the life of bees were held in Peru and Chile on Monday.")
                .noneMatch(e -> "017".equals(e.cameo()));
    }

    @Test void laterGatheringsOfAStoryOfHonoursAbroadHonourTheSameOne() {
        eventsOf("Seminars were held in Peru and Chile on Monday to mark the birthday of Nelson Mandela. Meanwhile, film"
                + " shows took place in Laos and Mali on Tuesday.")
                .anyMatch(e -> honours(e, "LAO", "Mandela") && "2023-05-09".equals(e.date()))
                .anyMatch(e -> honours(e, "MLI", "Mandela"));
    }

    @Test void gatheringsOfAStoryThatHonouredNoOneHonourNoOneLater() {
        eventsOf("Seminars on trade policy were held in Peru and Chile on Monday. Meanwhile, film shows took place in"
                + " Laos and Mali on Tuesday.")
                .noneMatch(e -> "017".equals(e.cameo()));
    }

    @Test void aReadingSessionAndAGetTogetherListedWithTheirCountriesAreEachTheirCountrysAct() {
        eventsOf("On the occasion of the birthday of Nelson Mandela a meeting was held in Cuba, a get-together in Poland"
                + " and a reading session in Mali.")
                .anyMatch(e -> honours(e, "CUB", "Mandela"))
                .anyMatch(e -> honours(e, "POL", "Mandela"))
                .anyMatch(e -> honours(e, "MLI", "Mandela"));
    }

    @Test void remembranceMeetingsInThreeCountriesOnTheOccasionOfAnAnniversaryHonourTheOneItNames() {
        eventsOf("Remembrance meetings took place in Peru, Chile and Ghana between May 2 and 6 on the occasion of the"
                + " anniversary of the demise of President Nelson Mandela.")
                .anyMatch(e -> honours(e, "PER", "Mandela"))
                .anyMatch(e -> honours(e, "CHL", "Mandela"))
                .anyMatch(e -> honours(e, "GHA", "Mandela"));
    }

    @Test void eventsInSeveralCountriesOnTheOccasionOfAStatesAnniversaryAreEachCountrysHonour() {
        eventsOf("Events took place in Peru, Chile and Ghana on May 6 and 7 on the occasion of the anniversary of South"
                + " Africa.")
                .anyMatch(e -> honours(e, "PER", "South Africa"))
                .anyMatch(e -> honours(e, "CHL", "South Africa"))
                .anyMatch(e -> honours(e, "GHA", "South Africa"));
    }
}
