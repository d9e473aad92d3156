package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * Participants English names through someone else: a group by its leader ("led by", "headed by"), a person by a long
 * title chain, two armies by coordinated nationalities; and two joined verbs sharing one object. Sentences invented for this test.
 */
class LeadersAndCoordinationTest {

    private static boolean acts(Event e, String name, String country) {
        return e.actors().stream().anyMatch(p -> p.name().contains(name) && (country == null || country.equals(p.country())));
    }

    @Test void aDelegationLedBySomeoneTravelsAsItsLeader() {
        eventsOf("A delegation led by Arnold Pemberton left for Beijing on Monday.")
                .anyMatch(e -> String.valueOf(e.type()).equals("CONSULT") && acts(e, "Pemberton", null));
    }

    @Test void aLeaderWithoutACountryTakesTheCountryOfTheGroupHeHeads() {
        eventsOf("A Kenyan delegation headed by the minister of health arrived in Egypt on Tuesday.")
                .anyMatch(e -> acts(e, "minister", "KEN"));
    }

    @Test void aTitleChainPlacesThePersonBeforeIt() {
        eventsOf("Olga Varenko, member of the Presidium of the Supreme Council of Ukraine and chairman "
                + "of the Committee for Culture, had talks with the Polish prime minister on Monday.")
                .anyMatch(e -> String.valueOf(e.type()).equals("CONSULT") && acts(e, "Varenko", "UKR"));
    }

    @Test void coordinatedNationalitiesAreOneActorEach() {
        eventsOf("Malian and French troops attacked rebel positions near Gao on Sunday.")
                .anyMatch(e -> String.valueOf(e.type()).equals("ASSAULT")
                        && e.actors().stream().map(Participant::country).toList().containsAll(List.of("MLI", "FRA")));
    }

    @Test void aSingleNationalityStaysOneActor() {
        eventsOf("Malian troops attacked rebel positions near Gao on Sunday.")
                .anyMatch(e -> String.valueOf(e.type()).equals("ASSAULT")
                        && e.actors().size() == 1 && "MLI".equals(e.actors().get(0).country()));
    }

    @Test void twoJoinedVerbsShareTheObjectOfTheSecond() {
        eventsOf("The Peruvian foreign minister criticized and threatened the Chilean government on Monday.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "PER", "CHL"));
    }

    @Test void metAndHadTalksIsOneMeeting() {
        eventsOf("The Angolan president met and had talks with the Namibian president in Luanda on Monday.")
                .hasSize(1)
                        .allMatch(e -> String.valueOf(e.type()).equals("CONSULT"));
    }

    @Test void aForceLedByANationActsForThatNation() {
        eventsOf("A Nigerian-led peacekeeping force clashed with rebels in Liberia on Sunday.")
                .anyMatch(e -> GoldEvents.actedBy(e, "ASSAULT", "NGA"));
    }
}
