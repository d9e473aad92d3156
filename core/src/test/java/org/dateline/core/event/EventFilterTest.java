package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.dateline.core.Pipeline;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** The filter stage: it drops exactly the events its weights score under the threshold, and numbers the rest again. */
class EventFilterTest {
    /** Drops whatever is asked as a question, keeps everything else (probability 0.12 against 0.62, threshold 0.5). */
    private static final FilterWeights DROP_QUESTIONS = new FilterWeights(0.5, 0.5, Map.of("question", -2.5));

    private static Event event(String id, String trigger) {
        return Event.builder().id(id).type(EventType.CONSULT).trigger(trigger).span(0, 10).build();
    }

    @Test
    void theEventsScoredUnderTheThresholdAreDroppedAndTheRestNumberedAgain() {
        List<Event> events = List.of(event("E1", "met"), event("E2", "meet"), event("E3", "talks"));
        List<Event> kept = EventFilter.of(DROP_QUESTIONS).keep(events,
                List.of(List.of("status=occurred", "tense=VBD"), List.of("status=occurred", "question", "tense=VB"),
                        List.of("status=occurred", "tense=noun")));
        assertThat(kept).extracting(Event::trigger).containsExactly("met", "talks");
        assertThat(kept).extracting(Event::id).containsExactly("E1", "E2");
    }

    @Test
    void anEventNotToldAsDoneIsNeverDroppedItsStatusAlreadySaysSo() {
        List<Event> events = List.of(event("E1", "meet"), event("E2", "talks"));
        List<Event> kept = EventFilter.of(DROP_QUESTIONS).keep(events,
                List.of(List.of("status=planned", "question"), List.of("status=occurred", "question")));
        assertThat(kept).extracting(Event::trigger).containsExactly("meet");
    }

    @Test
    void aFilterWithoutAModelKeepsEveryEventAsItCame() {
        List<Event> events = List.of(event("E1", "met"), event("E2", "meet"));
        assertThat(EventFilter.none().keep(events, List.of(List.of("question"), List.of("question")))).isSameAs(events);
    }

    @Test
    void inThePipelineTheFilterDropsTheQuestionAndKeepsTheReport() {
        String body = "French police arrested twenty German protesters in Paris on May 3. "
                + "Why did the Spanish minister criticise Portugal on Monday?";
        Article a = new Article("t", "test", null, null, null, null, null, null, "2023-05-10", false, List.of(), null,
                null, "en", body, "");
        Pipeline.FilterInput all = GoldEvents.PIPELINE.annotateForFilter(a);
        assertThat(all.annotated().events()).extracting(Event::type).contains(EventType.COERCE, EventType.ACCUSE);
        List<Event> kept = new Pipeline(ActorDictionary.empty(), EventFilter.of(DROP_QUESTIONS)).annotate(a).events();
        assertThat(kept).extracting(Event::type).contains(EventType.COERCE).doesNotContain(EventType.ACCUSE);
        assertThat(kept).extracting(Event::id).containsExactly(
                java.util.stream.IntStream.rangeClosed(1, kept.size()).mapToObj(i -> "E" + i).toArray(String[]::new));
    }
}
