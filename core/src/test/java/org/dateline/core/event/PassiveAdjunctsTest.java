package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A passive adjunct clause without a subject of its own ("after being accused by X", "having been sanctioned by Y") is
 * done to the main clause's subject by its "by" agent. Sentences written for this test.
 */
class PassiveAdjunctsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void anAccusationInAnAfterBeingClauseIsTheAgentsActOnTheMainSubject() {
        List<Event> es = code("The Finnish minister resigned on Monday after being accused by Estonian prosecutors of taking bribes.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> "EST".equals(p.country()))
                && e.recipients().stream().anyMatch(p -> "FIN".equals(p.country())));
    }

    @Test void aSanctionInAHavingBeenClauseBeforeTheMainClauseIsTheAgentsAct() {
        List<Event> es = code("Having been sanctioned by the European Union, the Belarusian bank closed its branches.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.COERCE || e.type() == EventType.SANCTION);
    }

    @Test void theMainSubjectIsNeverTheAgentOfThePassiveAdjunct() {
        List<Event> es = code("The Finnish minister resigned on Monday after being criticized by Estonian lawmakers.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> "FIN".equals(p.country())));
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> "EST".equals(p.country())));
    }

    @Test void aPassiveAdjunctWithoutAnAgentNamesNoDoer() {
        List<Event> es = code("The Finnish minister resigned on Monday after being criticized over the budget.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
    }
}
