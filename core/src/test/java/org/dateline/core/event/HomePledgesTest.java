package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A pledge a country's own people make at home to no one is a resolve, no agreement; a pledge made to a foreign party
 * or shared with one stays an event. Stories written for this test, each set in one state.
 */
class HomePledgesTest {
    private static final String SETTING = "A meeting of Lao trade unions was held in Vientiane on Monday. Speakers at the"
            + " meeting praised the achievements of Laos in agriculture. ";

    @Test
    void workersWhoPledgeToGuaranteeTheirOwnNationsBuildingMakeAResolveAtHome() {
        eventsOf(SETTING + "The Lao workers pledged to guarantee the building of a prosperous Laos with their labour.")
                .noneMatch(e -> e.type() == EventType.AGREE);
    }

    @Test
    void workersWhoPledgeSupportToAForeignPeopleStillAgreeWithSomeone() {
        eventsOf(SETTING + "The Lao workers pledged support to the Cuban people in their struggle against the blockade.")
                .anyMatch(e -> e.type() == EventType.AGREE || e.type() == EventType.SUPPORT);
    }

    @Test
    void twoPartiesThatPledgeToExpandExchangesAgreeWithEachOther() {
        eventsOf(SETTING + "The Lao People's Revolutionary Party and the Communist Party of Vietnam pledged to expand exchanges.")
                .anyMatch(e -> e.type() == EventType.AGREE);
    }
}
