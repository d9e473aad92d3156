package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A participle after the main clause, without a subject of its own, is done by the main clause's subject; but the toll
 * of an attack ("..., killing or wounding 40") is no second attack, and the demand of a demonstration ("...,
 * demanding X") is its aim, on sentences written for this test.
 */
class ParticipleClausesTest {

    @Test void theTollOfAnAttackToldByANounIsNoSecondAttack() {
        eventsOf("Sudanese troops launched artillery fire against rebel positions in Darfur on Monday, "
                + "killing or wounding 40 people.")
                .anyMatch(e -> e.type() == EventType.ASSAULT)
                .noneMatch(e -> e.trigger().startsWith("wound"))
                .noneMatch(e -> e.trigger().startsWith("kill"));
    }

    @Test void aParticipleAfterAnUnrelatedActIsTheSubjectsOwnAct() {
        eventsOf("Ethiopia closed its embassy in Eritrea on Monday, accusing Asmara of arming rebels.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "ETH", "ERI"));
    }
}
