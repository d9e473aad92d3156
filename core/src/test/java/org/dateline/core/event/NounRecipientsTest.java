package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Who an event noun is aimed at, on sentences written for this test: the "of" phrase of a hostile noun ("the
 * blockade of Qatar"), and the subject of a demand's subjunctive that-clause ("its demand that Sudan open").
 */
class NounRecipientsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean aimedAt(Event e, String country) {
        return e.recipients().stream().anyMatch(p -> country.equals(p.country()));
    }

    @Test
    void theOfPhraseOfAHostileNounIsItsTarget() {
        List<Event> es = code("Saudi Arabia imposed a blockade of Qatar on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> aimedAt(e, "QAT"));
    }

    @Test
    void theSubjectOfADemandsSubjunctiveClauseIsWhomItIsMadeOf() {
        List<Event> es = code("The African Union repeated its demand that Sudan open the border crossings.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.REQUEST && aimedAt(e, "SDN"));
    }

    @Test
    void aRelativeClauseAboutTheDemandNamesItsAuthorNotItsAddressee() {
        List<Event> es = code("Chad rejected the demand that Sudan made on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.REQUEST && aimedAt(e, "SDN"));
    }
}
