package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * An office of a body named by the office alone ("the vice-chairman of the X Party said") speaks for the body its
 * "of" phrase names, when no name, actor noun or dictionary entry names the holder; an office of nothing that acts
 * names no one. On sentences written for this test.
 */
class BodyOfficesTest {

    private static boolean typedBy(Event e, String type, String actorWord) {
        return String.valueOf(e.type()).equals(type) && e.actors().stream().anyMatch(p -> p.name().contains(actorWord));
    }

    @Test void aVicechairmanOfAPartyPraisesForTheParty() {
        eventsOf("The vice-chairman of the Socialist Party of Laos said Julius Nyerere was an outstanding leader of the "
                + "Tanzanian people.").anyMatch(e -> typedBy(e, "SUPPORT", "Socialist Party")
                // the office a role word now names (roles.tsv "-") is coded as its party's, as the body would be
                || String.valueOf(e.type()).equals("SUPPORT") && e.actors().stream()
                        .anyMatch(p -> "LAO".equals(p.country()) && "PTY".equals(p.sector())));
    }

    @Test void anOfficeUnderSeveralUnitsSpeaksForTheFirstBodyNamed() {
        eventsOf("The chief of a section of the Institute of African Studies of Kenya said that Julius Nyerere performed "
                + "undying feats for Africa.").anyMatch(e -> String.valueOf(e.type()).equals("SUPPORT")
                && e.actors().stream().anyMatch(p -> "KEN".equals(p.country())));
    }

    @Test void anInternationalSecretaryOfALeagueSpeaksForTheLeague() {
        eventsOf("The international secretary of the Central Committee of the Revolutionary Communist League of France "
                + "said Julius Nyerere was a great man.").anyMatch(e -> String.valueOf(e.type()).equals("SUPPORT")
                && e.actors().stream().anyMatch(p -> "FRA".equals(p.country()) || p.name().contains("League")));
    }

    @Test void theChairmanOfAMeetingNamesNoOne() {
        eventsOf("The chairman of the meeting said Julius Nyerere was an outstanding leader of the Tanzanian people.")
                .noneMatch(e -> typedBy(e, "SUPPORT", "meeting"));
    }

    @Test void anOfficeHolderPraisingAThingPraisesNoOne() {
        eventsOf("The vice-chairman of the Socialist Party of Laos said the new dam on the Mekong is a great success.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    @Test void aKinRoleIsNoOffice() {
        org.assertj.core.api.Assertions.assertThat(BodyOffices.isOffice(ParsedClauses.parse("The son of the minister spoke."), 1))
                .isFalse();
    }

    @Test void aPrefixOfRankKeepsTheOffice() {
        org.assertj.core.api.Assertions.assertThat(BodyOffices.isOffice(ParsedClauses.parse("The vice-chairman of the party spoke."), 1))
                .isTrue();
    }
}
