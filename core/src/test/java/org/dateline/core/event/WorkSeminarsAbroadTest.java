package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Gatherings abroad on someone's work (a seminar on X's book, lectures on an article of X) honour the work's author,
 * one act per country (CODING.md questions 57, 127 and 133); the organiser's country stands for the place when the
 * sentence names no "in" ("held by the Friendship Society of Peru", "a Peruvian association staged"). A gathering
 * on the work of no one named, a planned one and one in the author's own country are none. On sentences written for
 * this test.
 */
class WorkSeminarsAbroadTest {

    private static boolean honours(Event e, String country, String toWord) {
        return e.type() == EventType.SUPPORT && "017".equals(e.cameo())
                && e.actors().stream().anyMatch(p -> country.equals(p.country()))
                && e.recipients().stream().anyMatch(p -> p.name().contains(toWord));
    }

    @Test void aSeminarOnSomeonesWorkHeldAbroadHonoursItsAuthor() {
        eventsOf("A seminar on Nelson Mandela's work \"The Long Walk\" was held in Peru on Monday.")
                .anyMatch(e -> honours(e, "PER", "Mandela"));
    }

    @Test void seminarsHeldByOrganisersWhoseNamesCarryTheirCountriesAreEachCountrysAct() {
        eventsOf("Seminars on Nelson Mandela's book \"The Long Walk\" were held by the Study Group of Peru and"
                + " the Solidarity Circle of Chile on Monday.")
                .anyMatch(e -> honours(e, "PER", "Mandela"))
                .anyMatch(e -> honours(e, "CHL", "Mandela"));
    }

    @Test void aCommitteeNamedByItsNationalityThatOrganisedALectureOnTheWorksIsItsCountrysAct() {
        eventsOf("The Mexican Committee for Friendship with Africa organised a lecture on the works of Nelson Mandela"
                + " on Monday.")
                .anyMatch(e -> honours(e, "MEX", "Mandela"));
    }

    @Test void anAssociationThatStagedASymposiumOnATreatiseHonoursItsAuthor() {
        eventsOf("A Peruvian association staged a symposium on Nelson Mandela's treatise on Monday.")
                .anyMatch(e -> honours(e, "PER", "Mandela"));
    }

    @Test void lecturesOnAnArticleOfSomeoneThatTookPlaceInTwoCountriesAreTwoActs() {
        eventsOf("Lectures and reading sessions on the article of Nelson Mandela took place in Laos and Mali on Monday.")
                .anyMatch(e -> honours(e, "LAO", "Mandela"))
                .anyMatch(e -> honours(e, "MLI", "Mandela"));
    }

    @Test void aSeminarOnTheWorkOfNoOneNamedHonoursNoOne() {
        eventsOf("A seminar on the work of rural clinics was held by the Study Group of Peru on Monday.")
                .noneMatch(e -> "017".equals(e.cameo()));
    }

    @Test void aSeminarOnAWorkThatWillBeHeldIsAPlan() {
        eventsOf("A seminar on Nelson Mandela's book will be held by the Study Group of Peru next week.")
                .noneMatch(e -> "017".equals(e.cameo()));
    }

    @Test void aSeminarOnAWorkHeldInItsAuthorsOwnCountryIsDomestic() {
        eventsOf("The Study Group of South Africa held a seminar on Nelson Mandela's book on Monday.")
                .noneMatch(e -> "017".equals(e.cameo()));
    }
}
