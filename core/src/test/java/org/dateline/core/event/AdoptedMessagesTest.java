package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A letter or message to someone adopted at a gathering is the gathering's praise of that one, its participants placed
 * where the gathering is; a letter to no one, one adopted by a named body, or one at a gathering placed nowhere is
 * not. On sentences written for this test.
 */
class AdoptedMessagesTest {

    private static boolean praise(Event e, String from, String toWord) {
        return e.type() == EventType.SUPPORT && e.actors().stream().anyMatch(p -> from.equals(p.country()))
                && e.recipients().stream().anyMatch(p -> p.name().contains(toWord));
    }

    @Test void aLetterToALeaderAdoptedAtARallyIsTheRallysPraiseOfHim() {
        eventsOf("A letter to Nelson Mandela was adopted at a rally held in Bolivia on Monday.")
                .anyMatch(e -> praise(e, "BOL", "Mandela") && e.date() != null && e.date().endsWith("-05-08"));
    }

    @Test void aMessageAdoptedAtASeminarInACountryIsThatCountrysParticipantsPraise() {
        eventsOf("A message to Nelson Mandela was adopted at the seminar in Kenya.")
                .anyMatch(e -> praise(e, "KEN", "Mandela") && e.actors().stream().allMatch(p -> "CVL".equals(p.sector())));
    }

    @Test void aLetterToNoOneIsNoPraise() {
        eventsOf("A letter was adopted at the seminar in Kenya.").noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test void aResolutionAdoptedIsNoMessage() {
        eventsOf("A resolution on Nelson Mandela was adopted at the seminar in Kenya.")
                .noneMatch(e -> praise(e, "KEN", "Mandela"));
    }

    @Test void aGatheringPlacedNowhereGivesNoSender() {
        eventsOf("A letter to Nelson Mandela was adopted at the seminar.").noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test void aDomesticGatheringsLetterToItsOwnLeaderIsLeftOut() {
        eventsOf("A letter to Nelson Mandela was adopted at a rally held in South Africa on Monday.")
                .noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test void messagesAdoptedAtTheEventsInThreeCountriesAreEachCountrysPraise() {
        eventsOf("Messages to Nelson Mandela were adopted at the events in Peru, Chile and Ghana.")
                .anyMatch(e -> praise(e, "PER", "Mandela"))
                .anyMatch(e -> praise(e, "CHL", "Mandela"))
                .anyMatch(e -> praise(e, "GHA", "Mandela"));
    }

    @Test void oneMessageAdoptedAtEventsInTwoCountriesIsOneAct() {
        eventsOf("A message to Nelson Mandela was adopted at the events in Peru and Chile.")
                .noneMatch(e -> praise(e, "CHL", "Mandela") && e.actors().stream().noneMatch(p -> "PER".equals(p.country())));
    }
}
