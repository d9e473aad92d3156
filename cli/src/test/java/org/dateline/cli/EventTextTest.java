package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Mention;
import org.dateline.model.StoryEvent;
import org.junit.jupiter.api.Test;

/** How the terminal commands print an event's source sentence. */
class EventTextTest {
    private static StoryEvent reportedIn(String sentence) {
        Event e = Event.builder().id("e1").type(EventType.CONSULT).actors(List.of()).recipients(List.of())
                .status(EventStatus.OCCURRED).span(0, sentence.length()).build();
        return new StoryEvent("s1", e, List.of(new Mention("a1", "Envoys meet", sentence, 0, sentence.length(), "e1")),
                List.of(), null);
    }

    @Test void aPlainSentenceIsPrintedInQuotationMarks() {
        assertThat(EventText.source(reportedIn("The envoys met in Oslo.")))
                .startsWith("    \"The envoys met in Oslo.\"\n    -- Envoys meet");
    }

    @Test void aSentenceThatOpensAQuoteKeepsItsOwnMarkInsteadOfADoubledOne() {
        assertThat(EventText.source(reportedIn("\"We met in Oslo.")))
                .startsWith("    \"We met in Oslo.\n").doesNotContain("\"\"");
        assertThat(EventText.source(reportedIn("\u201cWe met in Oslo.")))
                .startsWith("    \u201cWe met in Oslo.\n");
    }
}
