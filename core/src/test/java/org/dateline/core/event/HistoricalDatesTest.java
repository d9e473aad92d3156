package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** Sentences about the past take the date the text gives, or none; never the article's day. Invented sentences. */
class HistoricalDatesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static Event only(List<Event> es, EventType type) {
        return es.stream().filter(e -> e.type() == type).findFirst().orElseThrow();
    }

    @Test void actsCountedInAPastTheTextDoesNotDateAreNoEvent() { // question 126: counts of many acts
        assertThat(code("The Malian president visited France several times in the new century."))
                .noneMatch(e -> e.type() == EventType.CONSULT);
        assertThat(code("Chad and Sudan had repeatedly clashed along the border.")).noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void aYearTheTextGivesDatesTheEvent() {
        assertThat(only(code("American planes bombed the port of Wonsan in 1950."), EventType.ASSAULT).date()).isEqualTo("1950");
    }

    @Test void anEventWithoutAnyTimeStillTakesTheArticleDayAsABound() {
        Event e = only(code("The Malian president visited France."), EventType.CONSULT);
        assertThat(e.date()).isEqualTo("2023-05-10");
        assertThat(String.valueOf(e.dateMod())).isEqualTo("ON_OR_BEFORE");
    }
}
