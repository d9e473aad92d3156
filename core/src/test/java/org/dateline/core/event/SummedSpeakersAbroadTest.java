package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * "The speakers", "participants" or "lecturers" named alone after a story told gatherings abroad in someone's honour
 * are those gatherings' speakers: their praise is one act per country (CODING.md questions 127, 128 and 135), the
 * country's speakers the actor. Speakers of a story with no gathering abroad are not. On sentences written for this
 * test.
 */
class SummedSpeakersAbroadTest {

    private static boolean praises(Event e, String country, String toWord) {
        return e.type() == EventType.SUPPORT && "051".equals(e.cameo())
                && e.actors().stream().anyMatch(p -> country.equals(p.country()) && "CVL".equals(p.sector()))
                && e.recipients().stream().anyMatch(p -> p.name().contains(toWord));
    }

    @Test void theSpeakersWhoNotedAfterSeminarsInTwoCountriesPraiseOncePerCountry() {
        eventsOf("Seminars were held in Peru and Chile on Monday to mark the birthday of Nelson Mandela. The speakers"
                + " noted that he devoted his life to the people.")
                .anyMatch(e -> praises(e, "PER", "Mandela"))
                .anyMatch(e -> praises(e, "CHL", "Mandela"));
    }

    @Test void speakersWhoPraisedSomeoneAfterAMeetingAbroadAreThatCountrysPraise() {
        eventsOf("A meeting was held in Ghana on Monday to mark the birthday of Nelson Mandela. Speakers praised Nelson"
                + " Mandela as a great leader.")
                .anyMatch(e -> praises(e, "GHA", "Mandela"));
    }

    @Test void speakersWhoReferredToSomeonesFeatsPraiseHim() {
        eventsOf("A seminar on the feats of Nelson Mandela was held in Peru on Monday. The speakers referred to the"
                + " undying feats performed by Nelson Mandela.")
                .anyMatch(e -> praises(e, "PER", "Mandela"));
    }

    @Test void participantsWhoSaidSomethingAfterFilmShowsAbroadPraiseTheOneHonoured() {
        eventsOf("Film shows took place in Laos and Mali on Monday to mark the birthday of Nelson Mandela."
                + " Participants said he is a great man.")
                .anyMatch(e -> praises(e, "LAO", "Mandela"))
                .anyMatch(e -> praises(e, "MLI", "Mandela"));
    }

    @Test void lecturersWhoStressedSomethingAfterLecturesAbroadPraiseTheOneHonoured() {
        eventsOf("Lectures on the life of Nelson Mandela were given in Laos on Monday. The lecturers stressed that"
                + " he is a great man.")
                .anyMatch(e -> praises(e, "LAO", "Mandela"));
    }

    @Test void speakersOfAStoryWithNoGatheringAbroadAreNoCountrysPraise() {
        eventsOf("A rally was held in Pretoria on Monday. The speakers said the new law must be withdrawn.")
                .noneMatch(e -> e.actors().stream().anyMatch(p -> p.name().toLowerCase().startsWith("speakers")));
    }

    @Test void oneSpeakerIsNotTheSpeakersOfEveryCountry() {
        eventsOf("Seminars were held in Peru and Chile on Monday to mark the birthday of Nelson Mandela. The speaker"
                + " noted that he devoted his life to the people.")
                .noneMatch(e -> e.actors().stream().anyMatch(p -> p.name().toLowerCase().startsWith("speaker")));
    }

    @Test void speakersAtAGatheringTheSentencePlacesSpeakForThatCountryAlone() {
        eventsOf("Seminars were held in Peru and Chile on Monday to mark the birthday of Nelson Mandela. At the seminar"
                + " in Chile the speakers noted that he devoted his life to the people.")
                .anyMatch(e -> praises(e, "CHL", "Mandela"))
                .noneMatch(e -> praises(e, "PER", "Mandela"));
    }
}
