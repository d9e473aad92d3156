package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Who an event noun is aimed at, on sentences written for this test: the "of" phrase of a hostile noun ("the
 * blockade of Qatar"), and the subject of a demand's subjunctive that-clause ("its demand that Sudan open").
 */
class NounRecipientsTest {

    private static boolean aimedAt(Event e, String country) {
        return e.recipients().stream().anyMatch(p -> country.equals(p.country()));
    }

    @Test
    void theOfPhraseOfAHostileNounIsItsTarget() {
        eventsOf("Saudi Arabia imposed a blockade of Qatar on Monday.").anyMatch(e -> aimedAt(e, "QAT"));
    }

    @Test
    void theSubjectOfADemandsSubjunctiveClauseIsWhomItIsMadeOf() {
        eventsOf("The African Union repeated its demand that Sudan open the border crossings.")
                .anyMatch(e -> e.type() == EventType.REQUEST && aimedAt(e, "SDN"));
    }

    @Test
    void aRelativeClauseAboutTheDemandNamesItsAuthorNotItsAddressee() {
        eventsOf("Chad rejected the demand that Sudan made on Monday.")
                .noneMatch(e -> e.type() == EventType.REQUEST && aimedAt(e, "SDN"));
    }
}
