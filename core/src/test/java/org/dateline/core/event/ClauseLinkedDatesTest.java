package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * An act whose own words carry no date takes the date written on the act its clause hangs on in the same sentence:
 * a bare participle adjunct that of its verb, a relative clause that of its noun; on sentences written for this test
 * (published Wednesday 10 May 2023).
 */
class ClauseLinkedDatesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void aParticipleAdjunctOfADatedVisitHappensOnTheDayOfTheVisit() {
        List<Event> es = code("The Chilean president visited the port of Valparaiso on Saturday, praising the Peruvian dock workers.");
        assertThat(DatedEvents.byTrigger(es, "praising").date()).isEqualTo("2023-05-06");
    }

    @Test void aParticipleWithASubordinatorOfItsOwnDoesNotTakeTheVerbsDay() {
        List<Event> es = code("The Chilean president visited the port of Valparaiso on Saturday after praising the Peruvian dock workers.");
        assertThat(DatedEvents.byTrigger(es, "praising").date()).isNotEqualTo("2023-05-06");
    }

    @Test void aPastActOfARelativeClauseOnADatedAttackHappensOnTheDayOfTheAttack() {
        List<Event> es = code("Residents still mourn since the April 2 raid on the village by Ugandan rebels, which killed 40 farmers.");
        assertThat(DatedEvents.byTrigger(es, "killed").date()).isEqualTo("2023-04-02");
    }

    @Test void aRelativeClauseWithASubjectOfItsOwnDoesNotTakeTheNounsDay() {
        List<Event> es = code("Residents still mourn since the April 2 raid on the village, which Ugandan rebels attacked again.");
        assertThat(DatedEvents.byTrigger(es, "attacked").date()).isNotEqualTo("2023-04-02");
    }

    @Test void aParticipleAdjunctOfAScheduledVisitTakesTheDayOfTheVisit() {
        List<Event> es = code("The Chilean president is scheduled to visit Valparaiso on Thursday, praising the Peruvian dock workers.");
        assertThat(DatedEvents.byTrigger(es, "praising").date()).isEqualTo("2023-05-11");
    }
}
