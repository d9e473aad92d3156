package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Speakers at gatherings held apart in several countries, summed in one sentence, praise the one praised once per
 * country (CODING.md questions 127 and 128), the country's speakers the actor; a saying in a story that honoured no
 * one, speakers at gatherings placed nowhere, speakers at home, speakers whose verb tells no speech, speakers placed
 * elsewhere by their own phrase, and speeches still to come are not. On sentences written for this test.
 */
class GatheringSpeakersTest {

    private static boolean praises(Event e, String country, String toWord) {
        return e.type() == EventType.SUPPORT && "051".equals(e.cameo())
                && e.actors().stream().anyMatch(p -> country.equals(p.country()) && "CVL".equals(p.sector()))
                && e.recipients().stream().anyMatch(p -> p.name().contains(toWord));
    }

    @Test void speakersAtSeminarsInTwoCountriesPraisingSomeoneAreTwoActsOfPraise() {
        eventsOf("Speakers at seminars in Peru and Chile praised Nelson Mandela as a great leader.")
                .filteredOn(e -> "051".equals(e.cameo())).hasSize(2)
                .anyMatch(e -> praises(e, "PER", "Mandela"))
                .anyMatch(e -> praises(e, "CHL", "Mandela"));
    }

    @Test void speakersSayingAtGatheringsInAStoryOfHonoursAbroadPraiseTheOneHonoured() {
        eventsOf("Seminars were held in Peru and Chile on Monday to mark the birthday of Nelson Mandela. Participants"
                + " in the seminars in Peru and Chile said he devoted his life to the people.")
                .anyMatch(e -> praises(e, "PER", "Mandela"))
                .anyMatch(e -> praises(e, "CHL", "Mandela"));
    }

    @Test void speakersAtGatheringsPlacedInTownsSpeakForTheTownsCountries() {
        eventsOf("Speakers at the meetings in Lima and Accra praised Nelson Mandela as a great leader.")
                .anyMatch(e -> praises(e, "PER", "Mandela"))
                .anyMatch(e -> praises(e, "GHA", "Mandela"));
    }

    @Test void speakersSayingSomethingInAStoryThatHonouredNoOnePraiseNoOne() {
        eventsOf("Speakers at rallies in Peru and Chile said the new law must be withdrawn.")
                .noneMatch(e -> "051".equals(e.cameo()));
    }

    @Test void speakersAtGatheringsThatAreNotPlacedAreNoCountrysAct() {
        eventsOf("Speakers at the seminar on Peru and Chile praised Nelson Mandela as a great leader.")
                .noneMatch(e -> praises(e, "PER", "Mandela") || praises(e, "CHL", "Mandela"));
    }

    @Test void speakersAtGatheringsInThePraisedOnesOwnCountryAreNoActAbroad() {
        eventsOf("Speakers at meetings in Pretoria and Durban praised Nelson Mandela as a great leader.")
                .noneMatch(e -> e.actors().stream().anyMatch(p -> p.name().startsWith("Speakers at")));
    }

    private static boolean spokenBySpeakersIn(Event e, String country) {
        return e.actors().stream().anyMatch(p -> country.equals(p.country()) && p.name().toLowerCase().startsWith("speakers"));
    }

    @Test void speakersAtGatheringsAbroadWhoTellNoSpeechPraiseNoOne() {
        eventsOf("Seminars were held in Peru and Chile on Monday to mark the birthday of Nelson Mandela. Speakers at"
                + " the seminars in Peru and Chile arrived from the capital by bus.")
                .noneMatch(e -> spokenBySpeakersIn(e, "PER") || spokenBySpeakersIn(e, "CHL"));
    }

    @Test void theSpeakersOfAStoryOfHonoursAbroadWhoTellNoSpeechPraiseNoOne() {
        eventsOf("Seminars were held in Peru and Chile on Monday to mark the birthday of Nelson Mandela. The speakers"
                + " arrived from the capital by bus.")
                .noneMatch(e -> spokenBySpeakersIn(e, "PER") || spokenBySpeakersIn(e, "CHL"));
    }

    @Test void speakersFromAnotherCountryAreNotTheSpeakersOfTheGatheringsAbroad() {
        eventsOf("Seminars were held in Peru and Chile on Monday to mark the birthday of Nelson Mandela. Speakers from"
                + " Brazil said he devoted his life to the people.")
                .noneMatch(e -> spokenBySpeakersIn(e, "PER") || spokenBySpeakersIn(e, "CHL"));
    }

    @Test void speakersWhoWillSpeakLaterHaveNotPraisedYet() {
        eventsOf("Seminars were held in Peru and Chile on Monday to mark the birthday of Nelson Mandela. The speakers"
                + " will stress next week that he devoted his life to the people.")
                .noneMatch(e -> spokenBySpeakersIn(e, "PER") || spokenBySpeakersIn(e, "CHL"));
    }
}
