package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A war history has named and a term of office are spans the text gives no day of: an act told in them has no date,
 * never the article's day, and with no date of its own it is background, no event (s54). Invented sentences (published 10 May 2023).
 */
class NamedPastSpansTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }


    /** With no date of its own, the act is history retold as background: no event (CODING.md section 7; s54). */
    @Test void anAttackInANamedWarWithNoDateOfItsOwnIsBackground() {
        List<Event> es = code("Turkish troops attacked the Chinese army in the Korean War.");
        assertThat(es).noneMatch(e -> "attacked".equals(e.trigger()));
    }

    @Test void anActDuringSomeonesTenureWithNoDateOfItsOwnIsBackground() {
        List<Event> es = code("The Brazilian president visited Angola during his tenure.");
        assertThat(es).noneMatch(e -> "visited".equals(e.trigger()));
    }

    /** A guard: a war in lower case may be the one going on; the act keeps the article's day. */
    @Test void anActInAWarWrittenInLowerCaseKeepsTheArticleDay() {
        List<Event> es = code("Sudanese troops attacked the town in the war.");
        assertThat(DatedEvents.byTrigger(es, "attacked").date()).isEqualTo("2023-05-10");
    }
}
