package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.junit.jupiter.api.Test;

/**
 * (s56, issue 13) Conduct a speaker charges a party the story has shown opposed (protested against, threatened, called
 * on to act), told in the speaker's words in the perfect, the progressive or with "continues to", is the speaker's
 * charge, no event of its own: a postposed report, a that-clause, two coordinated progressives, a passive and a verb
 * of continuing. A dated deed, a party only thanked, the speaker's own deed and the writer's own report stay
 * events. On sentences written for this test.
 */
class OpposedPartiesConductTest {

    private static boolean typed(org.dateline.model.Event e, String type) { return String.valueOf(e.type()).equals(type); }

    @Test void conductChargedInALetterOfProtestIsNoEvent() {
        eventsOf("The Jeju Peace Network sent a letter of protest to the South Korean prime minister on Monday.\n\n"
                + "The South Korean navy has pressed for the construction of the base, the letter said.")
                .noneMatch(e -> GoldEvents.actedBy(e, "REQUEST", "KOR"));
    }

    @Test void conductInAThatClauseAfterADemandIsNoEvent() {
        eventsOf("The Overseas Korean Council on Monday urged the South Korean government to respond to the proposal.\n\n"
                + "The council said that the South Korean government has refused to accept the proposal for dialogue.")
                .noneMatch(e -> GoldEvents.actedBy(e, "REJECT", "KOR"));
    }

    @Test void coordinatedConductAfterAThreatIsNoEvent() {
        eventsOf("The Cuban army threatened the United States on Monday.\n\n"
                + "The United States is harassing Cuban fishermen and is arresting their crews, the army said.")
                .noneMatch(e -> GoldEvents.actedBy(e, "COERCE", "USA"));
    }

    @Test void passiveConductAfterAProtestIsNoEvent() {
        eventsOf("Hundreds of students protested against the Chilean police in Santiago on Monday.\n\n"
                + "Students have been arrested by the Chilean police, the students said.")
                .noneMatch(e -> typed(e, "COERCE"));
    }

    @Test void continuingConductAfterADemandIsNoEvent() {
        eventsOf("The Venezuelan delegate called on the United States on Tuesday to stop its broadcasts.\n\n"
                + "He said that the United States continues to broadcast programs to Venezuela from a military plane.")
                .noneMatch(e -> GoldEvents.actedBy(e, "AGREE", "USA") || GoldEvents.actedBy(e, "SUPPORT", "USA"));
    }

    @Test void aDatedDeedOfAnOpposedPartyStaysAnEvent() {
        eventsOf("Hundreds of students protested against the Chilean police in Santiago on Monday.\n\n"
                + "The Chilean police arrested ten students on Sunday, the students said.")
                .anyMatch(e -> typed(e, "COERCE"));
    }

    @Test void conductOfAPartyOnlyThankedStaysAnEvent() {
        eventsOf("The Red Cross thanked Jordan on Monday.\n\n"
                + "Jordan has sent food and medicine to the refugees, the Red Cross said.")
                .anyMatch(e -> GoldEvents.actedBy(e, "AID", "JOR"));
    }

    @Test void theProtestersOwnDeedStaysAnEvent() {
        eventsOf("The Korean Teachers' Union protested against the South Korean government on Monday.\n\n"
                + "The union said that it has sent a letter of protest to the education minister.")
                .anyMatch(e -> typed(e, "PROTEST") || typed(e, "ACCUSE"));
    }

    @Test void conductTheWriterReportsStaysAnEvent() {
        eventsOf("Hundreds of students protested against the Chilean police in Santiago on Monday.\n\n"
                + "The Chilean police have arrested ten students in Valparaiso.")
                .anyMatch(e -> typed(e, "COERCE"));
    }
}
