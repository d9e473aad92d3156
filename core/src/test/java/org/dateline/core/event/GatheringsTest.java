package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.junit.jupiter.api.Test;

/**
 * "The speakers" and "the participants" of a gathering that was no protest are the people the story named as its
 * speakers ("Speeches were made by A and B") or as the ones who held it ("A meeting of X took place", "X held a
 * seminar"). A later gathering that names its people has speakers of its own, and those who heard speeches made none;
 * on sentences written for this test.
 */
class GatheringsTest {

    @Test void theSpeakersOfAMeetingOfWorkersAreThoseWorkers() {
        eventsOf("A meeting of Bolivian miners took place in Oruro on Monday to mark the anniversary of the strike.\n\n"
                + "The speakers denounced the Peruvian government for closing the border.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "BOL", "PER"));
    }

    @Test void speakersNamedInAListAreTheSpeakers() {
        eventsOf("A seminar on Latin American solidarity was held in Santiago on May 3.\n\n"
                + "Speeches were made by Juan Perez, chairman of the Chilean Socialist Party, and Ana Soto, "
                + "secretary of the Chilean Communist Party.\n\n"
                + "The speakers praised the Cuban government for its medical aid to the region.")
                .anyMatch(e -> GoldEvents.typed(e, "SUPPORT", "CHL", "CUB"));
    }

    @Test void participantsOfASeminarAreThoseWhoHeldIt() {
        eventsOf("Kenyan lawmakers held a seminar in Nairobi on Tuesday on the drought.\n\n"
                + "The participants urged the Ethiopian government to reopen the border crossings.")
                .anyMatch(e -> GoldEvents.typed(e, "REQUEST", "KEN", "ETH"));
    }

    @Test void theyAfterTheSpeakersAreTheSameSpeakers() {
        eventsOf("A meeting of Bolivian miners took place in Oruro on Monday.\n\n"
                + "The speakers said the border closure was a crime.\n\n"
                + "They demanded the Peruvian government reopen the border at once.")
                .anyMatch(e -> GoldEvents.typed(e, "REQUEST", "BOL", "PER"));
    }

    @Test void aMeetingThatNamesNoPeopleGivesItsSpeakersNoState() {
        eventsOf("A meeting was held in Lima on Monday.\n\n"
                + "The speakers condemned the Chilean government for the arrests.")
                .noneMatch(e -> e.actors().stream().anyMatch(p -> "PER".equals(p.country())));
    }

    @Test void aProtestToldAfterTheMeetingHasTheLaterSpeakers() {
        eventsOf("A meeting of Bolivian miners took place in Oruro on Monday.\n\n"
                + "On Tuesday, thousands of Argentine students held a rally in Buenos Aires against the fees.\n\n"
                + "Speakers urged the Chilean government to release the detained students.")
                .anyMatch(e -> GoldEvents.typed(e, "REQUEST", "ARG", "CHL"))
                .noneMatch(e -> GoldEvents.typed(e, "REQUEST", "BOL", "CHL"));
    }

    @Test void speakersFromElsewhereAreNotTheMeetingsPeople() {
        eventsOf("A meeting of Bolivian miners took place in Oruro on Monday.\n\n"
                + "Some speakers from Brazil accused the Peruvian police of beating miners.")
                .noneMatch(e -> GoldEvents.typed(e, "ACCUSE", "BOL", "PER"));
    }

    @Test void aDomesticPepTalkAtAMeetingIsNoRequest() {
        eventsOf("A meeting of Bolivian miners took place in Oruro on Monday.\n\n"
                + "The speakers called upon all the miners to raise output this year.")
                .noneMatch(e -> String.valueOf(e.type()).equals("REQUEST")
                        && e.actors().stream().anyMatch(p -> "BOL".equals(p.country())));
    }

    @Test void speakersOfAMeetingWhoSayWhatTheyThinkAccuseNoOne() {
        eventsOf("Bolivian economists held a symposium in La Paz on Monday on the price of tin.\n\n"
                + "The speakers said the market would recover next year.")
                .isEmpty();
    }

    @Test void theSpeakersOfALaterGatheringAreNotTheEarlierGatheringsPeople() {
        eventsOf("A meeting of Bolivian miners took place in Oruro on Monday.\n\n"
                + "Kenyan lawmakers held a seminar in Nairobi on Tuesday on the drought.\n\n"
                + "The speakers denounced the Peruvian government for closing the border.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "KEN", "PER"))
                .noneMatch(e -> GoldEvents.typed(e, "ACCUSE", "BOL", "PER"));
    }

    @Test void thoseWhoHeardSpeechesAreNotTheSpeakers() {
        eventsOf("Bolivian miners heard speeches in Oruro on Monday.\n\n"
                + "The speakers denounced the Peruvian government for closing the border.")
                .noneMatch(e -> GoldEvents.typed(e, "ACCUSE", "BOL", "PER"));
    }
}
