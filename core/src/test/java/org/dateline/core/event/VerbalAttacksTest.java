package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** Attacks of words between public people are criticism, not force. Sentences written for this test. */
class VerbalAttacksTest {
    private static List<Event> code(String body) { return GoldEvents.codeStoryFrom("Washington", body); }

    @Test void senatorsTakingTurnsAttackingAGovernorCriticiseHim() {
        List<Event> es = code("Senator Tom Marlow and Senator Ann Price took turns attacking Governor Bill Ross on the debate stage.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.recipients().stream().anyMatch(p -> p.name().contains("Ross")));
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void aPresidentAttackingAStateStillAttacksIt() {
        List<Event> es = code("President Ivan Petrov attacked Georgia in August.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
    }
}
