package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A participle after the main clause, without a subject of its own, is done by the main clause's subject; but the toll
 * of an attack ("..., killing or wounding 40") is no second attack, and the demand of a demonstration ("...,
 * demanding X") is its aim, on sentences written for this test.
 */
class ParticipleClausesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void theTollOfAnAttackToldByANounIsNoSecondAttack() {
        List<Event> es = code("Sudanese troops launched artillery fire against rebel positions in Darfur on Monday, "
                + "killing or wounding 40 people.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ASSAULT);
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.trigger().startsWith("wound"));
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.trigger().startsWith("kill"));
    }

    @Test void aParticipleAfterAnUnrelatedActIsTheSubjectsOwnAct() {
        List<Event> es = code("Ethiopia closed its embassy in Eritrea on Monday, accusing Asmara of arming rebels.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "ETH", "ERI"));
    }
}
