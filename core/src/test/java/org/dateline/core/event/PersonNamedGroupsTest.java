package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.EventFixture.eventsOf;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * A ruling body named after its head ("the X regime", "X's government", "the X group of traitors"), on sentences
 * written for this test: with a person the article or the actor dictionaries tie to a state, the body is that state's
 * government; a faction noun only when the person governs; a name nobody places leaves the group with no country.
 */
class PersonNamedGroupsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean recipientIsGovernment(Event e, String type, String country) {
        return String.valueOf(e.type()).equals(type) && e.recipients().stream()
                .anyMatch(p -> country.equals(p.country()) && "GOV".equals(p.sector()));
    }

    @Test void aRegimeNamedAfterAPresidentTheArticleNamedIsHisStatesGovernment() {
        eventsOf("Venezuelan President Rafael Ortiz spoke on Monday. "
                + "Colombia accused the Ortiz regime of harbouring rebels.")
                .anyMatch(e -> recipientIsGovernment(e, "ACCUSE", "VEN"))
                .allMatch(e -> e.recipients().stream().noneMatch(p -> p.name().contains("Ortiz")));
    }

    @Test void aGovernmentOwnedByAPresidentIsHisStatesGovernment() {
        eventsOf("Venezuelan President Rafael Ortiz spoke on Monday. "
                + "Colombia accused Ortiz's government of harbouring rebels.")
                .anyMatch(e -> recipientIsGovernment(e, "ACCUSE", "VEN"));
    }

    @Test void aGroupOfTraitorsNamedAfterAPresidentIsHisStatesGovernment() {
        eventsOf("The Lee Myung Bak group of traitors was condemned by North Korea on Monday.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "PRK", "KOR")
                        && recipientIsGovernment(e, "ACCUSE", "KOR"));
    }

    @Test void anAdministrationNamedAfterAFormerPresidentIsHisStatesGovernment() {
        eventsOf("Ecuador criticized the Alberto Fujimori administration on Monday.")
                .anyMatch(e -> recipientIsGovernment(e, "ACCUSE", "PER"));
    }

    @Test void aGroupNamedAfterAnActivistIsNoStatesGovernment() {
        eventsOf("Venezuelan activist Rafael Ortiz spoke on Monday. Colombia accused the Ortiz group of smuggling.")
                .noneMatch(e -> e.recipients().stream().anyMatch(p -> "GOV".equals(p.sector())));
    }

    @Test void aRegimeNamedAfterSomeoneNobodyPlacesStaysTheGroupWithNoCountry() {
        List<Event> es = code("Colombia accused the Ortiz regime of harbouring rebels.");
        List<Participant> recipients = es.stream().filter(e -> String.valueOf(e.type()).equals("ACCUSE"))
                .flatMap(e -> e.recipients().stream()).toList();
        assertThat(recipients).as(GoldEvents.describe(es)).anyMatch(p -> p.name().equals("Ortiz regime") && p.country() == null);
    }

    @Test void aRegimeNamedAfterACityIsLeftToThePlace() {
        eventsOf("Iran criticized the Kabul regime on Tuesday.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "IRN", "AFG"));
    }

    @Test void aGroupOfPeopleCountedStaysThePeople() {
        eventsOf("The army accused a group of students of rioting.")
                .anyMatch(e -> e.recipients().stream().anyMatch(p -> p.name().equals("students")));
    }
}
