package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A passive adjunct clause without a subject of its own ("after being accused by X", "having been sanctioned by Y") is
 * done to the main clause's subject by its "by" agent. Sentences written for this test.
 */
class PassiveAdjunctsTest {

    @Test void anAccusationInAnAfterBeingClauseIsTheAgentsActOnTheMainSubject() {
        eventsOf("The Finnish minister resigned on Monday after being accused by Estonian prosecutors of taking bribes.")
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.actors().stream().anyMatch(p -> "EST".equals(p.country()))
                        && e.recipients().stream().anyMatch(p -> "FIN".equals(p.country())));
    }

    @Test void aSanctionInAHavingBeenClauseBeforeTheMainClauseIsTheAgentsAct() {
        eventsOf("Having been sanctioned by the European Union, the Belarusian bank closed its branches.")
                .anyMatch(e -> e.type() == EventType.COERCE || e.type() == EventType.SANCTION);
    }

    @Test void theMainSubjectIsNeverTheAgentOfThePassiveAdjunct() {
        eventsOf("The Finnish minister resigned on Monday after being criticized by Estonian lawmakers.")
                .noneMatch(e -> e.type() == EventType.ACCUSE
                        && e.actors().stream().anyMatch(p -> "FIN".equals(p.country())))
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.actors().stream().anyMatch(p -> "EST".equals(p.country())));
    }

    @Test void aPassiveAdjunctWithoutAnAgentNamesNoDoer() {
        eventsOf("The Finnish minister resigned on Monday after being criticized over the budget.")
                .noneMatch(e -> e.type() == EventType.ACCUSE);
    }
}
