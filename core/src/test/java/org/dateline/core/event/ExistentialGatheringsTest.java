package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Gatherings abroad told by "there were", "among the events were" or a country's possessive are held as much as
 * gatherings told by "were held": one act of honouring per country (CODING.md questions 127 and 135). Planned ones
 * and ones honouring no one are none. On sentences written for this test.
 */
class ExistentialGatheringsTest {

    private static boolean honours(Event e, String country, String toWord) {
        return e.type() == EventType.SUPPORT && "017".equals(e.cameo())
                && e.actors().stream().anyMatch(p -> country.equals(p.country()))
                && e.recipients().stream().anyMatch(p -> p.name().contains(toWord));
    }

    @Test void thereWereGatheringsInSeveralCountriesIsOneActPerCountry() {
        eventsOf("There were a meeting in Peru and seminars and film shows in Chile and Ghana to mark the birthday of"
                + " Nelson Mandela.")
                .anyMatch(e -> honours(e, "PER", "Mandela"))
                .anyMatch(e -> honours(e, "CHL", "Mandela"))
                .anyMatch(e -> honours(e, "GHA", "Mandela"));
    }

    @Test void thereWereGatheringsAfterTheSentenceThatToldTheOccasionHonourTheOneItNamed() {
        eventsOf("Events were held abroad to mark the birthday of Nelson Mandela. There were seminars in Laos and Mali.")
                .anyMatch(e -> honours(e, "LAO", "Mandela"))
                .anyMatch(e -> honours(e, "MLI", "Mandela"));
    }

    @Test void gatheringsAmongTheEventsAreEachTheirCountrysAct() {
        eventsOf("Among the events were seminars in Laos and film shows in Mali in celebration of the birthday of"
                + " Nelson Mandela.")
                .anyMatch(e -> honours(e, "LAO", "Mandela"))
                .anyMatch(e -> honours(e, "MLI", "Mandela"));
    }

    @Test void aCountrysOwnSeminarOnSomeonesFeatsIsThatCountrysAct() {
        eventsOf("Peru's seminar on the feats of Nelson Mandela was held on Monday.")
                .anyMatch(e -> honours(e, "PER", "Mandela"));
    }

    @Test void seminarsThatTookPlaceInSeveralCountriesOnAnOccasionAreOneActEach() {
        eventsOf("Seminars took place in Laos and Mali on Monday on the occasion of the birthday of Nelson Mandela.")
                .anyMatch(e -> honours(e, "LAO", "Mandela"))
                .anyMatch(e -> honours(e, "MLI", "Mandela"));
    }

    @Test void thereWillBeSeminarsIsAPlan() {
        eventsOf("There will be seminars in Laos and Mali next month to mark the birthday of Nelson Mandela.")
                .noneMatch(e -> "017".equals(e.cameo()));
    }

    @Test void thereWereSeminarsOnTradeHonourNoOne() {
        eventsOf("There were seminars in Laos and Mali on trade policy.")
                .noneMatch(e -> "017".equals(e.cameo()));
    }
}
