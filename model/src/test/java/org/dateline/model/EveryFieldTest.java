package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EveryFieldTest {
    /** The records the store and the Spark tables keep; each must come out of the generator with nothing unset. */
    static final List<Class<? extends Record>> STORED = List.of(Annotated.class, Article.class, Entity.class,
            TimeExpression.class, Quote.class, Event.class, StoryEvent.class, EventLink.class, Mention.class,
            StoryThread.class, ActorProfile.class, Connected.class);

    @Test
    void everyStoredRecordIsGeneratedWithEveryComponentSet() {
        EveryField every = new EveryField(1);
        for (Class<? extends Record> type : STORED) {
            assertThat(EveryField.unset(every.of(type))).as(type.getSimpleName()).isEmpty();
        }
    }

    @Test
    void theCheckNamesTheComponentThatHoldsADefault() {
        Event e = new EveryField(2).of(Event.class).toBuilder().outcome(null).sentence(-1).build();

        assertThat(EveryField.unset(e)).containsExactly("Event.outcome", "Event.sentence");
    }

    @Test
    void twoRecordsOfOneGeneratorDifferInEveryStringComponent() {
        EveryField every = new EveryField(3);
        Entity a = every.of(Entity.class), b = every.of(Entity.class);

        assertThat(a.text()).isNotEqualTo(b.text());
        assertThat(a.canonical()).isNotEqualTo(b.canonical()).isNotEqualTo(a.text());
        assertThat(a.start()).isNotEqualTo(a.end());
    }

    @Test
    void theEventBuilderKeepsEveryFieldOfTheEventItStartedFrom() {
        Event e = new EveryField(4).of(Event.class);

        assertThat(e.toBuilder().build()).isEqualTo(e);
        assertThat(e.toBuilder().date("2024-03-08").build()).isEqualTo(new Event(e.id(), e.type(), e.mode(), e.cameo(),
                e.actors(), e.recipients(), "2024-03-08", e.dateMod(), e.place(), e.status(), e.topic(), e.start(),
                e.end(), e.confidence(), e.outcome(), e.trigger(), e.sentence(), e.reportedBy(), e.origin()));
    }
}
