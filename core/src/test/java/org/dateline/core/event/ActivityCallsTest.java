package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A call for an activity told by a gerund, with no party named to do it, is guidance at home and asks no one for
 * anything; a call that names the state it is aimed at stays a request. Sentences written for this test.
 */
class ActivityCallsTest {

    @Test
    void aCallForIntroducingNewMethodsAsksNoOne() {
        eventsOf("The Laotian minister of agriculture called for introducing new farming methods in every province.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test
    void aCallForTwoActivitiesInCoordinationAsksNoOne() {
        eventsOf("In the speech the Vietnamese premier called for respecting teachers and training more engineers.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test
    void aCallForStoppingAnotherStatesActsStaysARequest() {
        eventsOf("The Cuban foreign minister called for stopping the blockade imposed by the United States.")
                .anyMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test
    void aCallOnAnotherStateToActStaysARequest() {
        eventsOf("The Cuban foreign minister called on the United States to lift the blockade at once.")
                .anyMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test
    void aCallForImprovingRelationsHasACounterpart() {
        eventsOf("The Laotian foreign minister called for improving relations between the two neighbours through dialogue.")
                .anyMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test
    void aCallForStoppingWorkAtANamedPlaceHasACounterpart() {
        eventsOf("The protesters' union called for stopping the dam construction on Hainan Island.")
                .anyMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test
    void aCallForReleasingANamedCompatriotHasACounterpart() {
        eventsOf("The Laotian minister called for releasing Somsak Phomvihane from detention at once.")
                .anyMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test
    void aCallForHonouringHisFeatsNamesNoOneNew() {
        eventsOf("The Laotian minister called for organizing events praising his feats in every province.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }
}
