package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * Participants English names through someone else: a group by its leader ("led by", "headed by"), a person by a long
 * title chain, two armies by coordinated nationalities; and two joined verbs sharing one object. Sentences invented for this test.
 */
class LeadersAndCoordinationTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean acts(Event e, String name, String country) {
        return e.actors().stream().anyMatch(p -> p.name().contains(name) && (country == null || country.equals(p.country())));
    }

    @Test void aDelegationLedBySomeoneTravelsAsItsLeader() {
        List<Event> es = code("A delegation led by Arnold Pemberton left for Beijing on Monday.");
        assertThat(es).as(GoldEvents.describe(es))
                .anyMatch(e -> String.valueOf(e.type()).equals("CONSULT") && acts(e, "Pemberton", null));
    }

    @Test void aLeaderWithoutACountryTakesTheCountryOfTheGroupHeHeads() {
        List<Event> es = code("A Kenyan delegation headed by the minister of health arrived in Egypt on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> acts(e, "minister", "KEN"));
    }

    @Test void aTitleChainPlacesThePersonBeforeIt() {
        List<Event> es = code("Olga Varenko, member of the Presidium of the Supreme Council of Ukraine and chairman "
                + "of the Committee for Culture, had talks with the Polish prime minister on Monday.");
        assertThat(es).as(GoldEvents.describe(es))
                .anyMatch(e -> String.valueOf(e.type()).equals("CONSULT") && acts(e, "Varenko", "UKR"));
    }

    @Test void coordinatedNationalitiesAreOneActorEach() {
        List<Event> es = code("Malian and French troops attacked rebel positions near Gao on Sunday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> String.valueOf(e.type()).equals("ASSAULT")
                && e.actors().stream().map(Participant::country).toList().containsAll(List.of("MLI", "FRA")));
    }

    @Test void aSingleNationalityStaysOneActor() {
        List<Event> es = code("Malian troops attacked rebel positions near Gao on Sunday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> String.valueOf(e.type()).equals("ASSAULT")
                && e.actors().size() == 1 && "MLI".equals(e.actors().get(0).country()));
    }

    @Test void twoJoinedVerbsShareTheObjectOfTheSecond() {
        List<Event> es = code("The Peruvian foreign minister criticized and threatened the Chilean government on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "PER", "CHL"));
    }

    @Test void metAndHadTalksIsOneMeeting() {
        List<Event> es = code("The Angolan president met and had talks with the Namibian president in Luanda on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).hasSize(1)
                .allMatch(e -> String.valueOf(e.type()).equals("CONSULT"));
    }

    @Test void aForceLedByANationActsForThatNation() {
        List<Event> es = code("A Nigerian-led peacekeeping force clashed with rebels in Liberia on Sunday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.actedBy(e, "ASSAULT", "NGA"));
    }
}
