package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** Grammar, not sentences: status, participants, dates and types on stories written for this test. */
class EventCoderTest {
    private static List<Event> code(String body) {
        Article a = new Article("t", "test", null, null, null, null, null, null, "2023-05-10", false, List.of(), null,
                null, "en", body, "");
        Annotated an = GoldEvents.PIPELINE.annotate(a);
        return an.events();
    }

    @Test
    void statusFromModalityAndNegation() {
        List<Event> es = code("Japan's foreign minister will meet Chinese President Xi Jinping in Beijing on Friday. "
                + "The Chinese foreign ministry said Beijing has no plan to hold talks with Tokyo. "
                + "Japan and China held talks in Tokyo on Monday.");
        assertThat(es).anyMatch(e -> e.type() == EventType.CONSULT && e.status().equals(EventStatus.PLANNED)
                && "2023-05-12".equals(e.date()) && "Beijing".equals(e.place()));
        assertThat(es).anyMatch(e -> e.type() == EventType.CONSULT && e.status().equals(EventStatus.NEGATED));
        assertThat(es).anyMatch(e -> e.type() == EventType.CONSULT && e.status().equals(EventStatus.OCCURRED)
                && "2023-05-08".equals(e.date()) && GoldEvents.names(e).equals(Set.of("Japan", "China")));
        assertThat(es).noneMatch(e -> e.status().equals(EventStatus.OCCURRED) && "2023-05-12".equals(e.date()));
    }

    @Test
    void visitsDemandsAndOffers() {
        List<Event> es = code("Russia's foreign minister left for India on Tuesday. "
                + "On Wednesday, Iran urged the United States to lift its sanctions. "
                + "France offered to host talks between Armenia and Azerbaijan.");
        assertThat(es).anyMatch(e -> e.cameo().equals("042") && "visit".equals(e.mode())
                && e.recipients().stream().anyMatch(p -> "IND".equals(p.country())) && "2023-05-09".equals(e.date()));
        assertThat(es).anyMatch(e -> e.type() == EventType.REQUEST && e.cameo().equals("105") && e.actors().stream().anyMatch(p -> "IRN".equals(p.country()))
                && e.recipients().stream().anyMatch(p -> "USA".equals(p.country())) && "2023-05-10".equals(e.date()));
        assertThat(es).anyMatch(e -> e.type() == EventType.AGREE && e.actors().stream().anyMatch(p -> "FRA".equals(p.country())));
        // the offered talks are folded into the offer, never an event of their own
        assertThat(es).noneMatch(e -> e.type() == EventType.CONSULT && e.status().equals(EventStatus.OCCURRED)
                && e.actors().stream().anyMatch(p -> "ARM".equals(p.country())));
    }
}
