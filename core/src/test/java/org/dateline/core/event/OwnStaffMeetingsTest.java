package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.EventFixture.eventsOf;

import java.util.List;

import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * A leader meeting his own state's unnamed staff holds a working meeting at home, no consultation; a meeting with
 * another state's officials or with a named person stays one. Stories written for this test.
 */
class OwnStaffMeetingsTest {
    private static final String SETTING = "HANOI, March 4 -- Vietnamese Prime Minister Tran Van Minh on Tuesday inspected"
            + " the Hai Duong Cement Plant. ";

    @Test
    void aPremierWhoConvenesAWorkingMeetingOfOfficialsConcernedConsultsNoOne() {
        eventsOf(SETTING + "Then the prime minister convened a working meeting of officials concerned to discuss the supply of cement.")
                .noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test
    void aPremierWhoMeetsItsWorkersAtTheSiteConsultsNoOne() {
        eventsOf(SETTING + "The prime minister met its workers and managers at the kiln on Tuesday.")
                .noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test
    void aPremierWhoMeetsForeignOfficialsStillConsults() {
        eventsOf(SETTING + "The prime minister met Japanese officials at the plant on Tuesday.")
                .anyMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test
    void aPremierWhoMeetsANamedForeignMinisterStillConsults() {
        eventsOf(SETTING + "Tran Van Minh met Chinese Foreign Minister Wang Lin at the plant on Tuesday.")
                .anyMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test
    void unnamedStaffOfTheOtherSidesStateMakeAHomeMeeting() {
        Participant premier = new Participant("Tran Van Minh", "VNM", "GOV");
        assertThat(OwnStaffMeetings.withOwnStaff(List.of(premier), List.of(new Participant("officials concerned", "VNM", "GOV")))).isTrue();
        assertThat(OwnStaffMeetings.withOwnStaff(List.of(premier), List.of(new Participant("its officials", null, null)))).isTrue();
    }

    @Test
    void staffOfAnotherStateOrANamedBodyMakeAConsultation() {
        Participant premier = new Participant("Tran Van Minh", "VNM", "GOV");
        assertThat(OwnStaffMeetings.withOwnStaff(List.of(premier), List.of(new Participant("officials", "CHN", "GOV")))).isFalse();
        assertThat(OwnStaffMeetings.withOwnStaff(List.of(premier), List.of(new Participant("Ministry of Trade officials", "VNM", "GOV")))).isFalse();
        assertThat(OwnStaffMeetings.withOwnStaff(List.of(new Participant("officials", null, "GOV")), List.of(new Participant("workers", null, "LAB")))).isFalse();
    }
}
