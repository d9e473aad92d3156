package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.StoryEvent;

class EventCriteriaTest {
    @TempDir static Path dir;
    static Store store;

    @BeforeAll static void open() {
        store = Store.open(dir.resolve("t.db"));
        store.replaceConnections(TestRecords.connected());
    }

    @AfterAll static void close() { store.close(); }

    private static List<String> ids(EventCriteria f) {
        return store.storyEvents(f).stream().map(StoryEvent::id).toList();
    }

    @Test
    void everythingInDateOrderWithUnknownYearsLast() {
        assertThat(ids(EventCriteria.all())).containsExactly("se-demand", "se-met", "se-plan", "se-tri", "se-x");
        assertThat(store.storyEventCount(EventCriteria.all().withLimit(1))).isEqualTo(5);
    }

    @Test
    void actorMatchesActorsAndRecipientsInAnyCase() {
        assertThat(ids(EventCriteria.all().withActor("ellen whitfield")))
                .containsExactly("se-demand", "se-met", "se-plan", "se-tri", "se-x");
        assertThat(ids(EventCriteria.all().withActor("Kenji Morita"))).containsExactly("se-tri", "se-x");
        assertThat(ids(EventCriteria.all().withActor("Kenji Morita").withWith("Park Min-jae"))).containsExactly("se-tri");
        assertThat(ids(EventCriteria.all().withActor("Nobody"))).isEmpty();
    }

    @Test
    void typeStatusPlaceThreadAndArticle() {
        assertThat(ids(EventCriteria.all().withType(EventType.REQUEST))).containsExactly("se-demand");
        assertThat(ids(EventCriteria.all().withStatus(EventStatus.PLANNED))).containsExactly("se-plan", "se-x");
        assertThat(ids(EventCriteria.all().withPlace("tokyo"))).containsExactly("se-x");
        assertThat(ids(EventCriteria.all().withThread("t1"))).containsExactly("se-met", "se-plan", "se-tri");
        assertThat(ids(EventCriteria.all().withArticle("a3"))).containsExactly("se-met");
    }

    @Test
    void datesFilterByTheDaysAValueCovers() {
        // se-demand is "2024-03" (March 1-31), se-tri "2024-W11" (March 11-17)
        assertThat(ids(EventCriteria.all().withFrom("2024-03-09"))).containsExactly("se-demand", "se-tri");
        assertThat(ids(EventCriteria.all().withTo("2024-03-08"))).containsExactly("se-demand", "se-met", "se-plan");
        assertThat(ids(EventCriteria.all().withFrom("2024-03-18").withTo("2024-03"))).containsExactly("se-demand");
        assertThat(ids(EventCriteria.all().withFrom("2024-04"))).isEmpty();
        assertThatThrownBy(() -> store.storyEvents(EventCriteria.all().withFrom("last week")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pagesDoNotOverlap() {
        List<String> all = ids(EventCriteria.all());
        assertThat(ids(EventCriteria.all().withLimit(2))).isEqualTo(all.subList(0, 2));
        assertThat(ids(EventCriteria.all().withLimit(2).withOffset(2))).isEqualTo(all.subList(2, 4));
        assertThat(ids(EventCriteria.all().withLimit(0).withOffset(4))).isEqualTo(all.subList(4, 5));
    }

    @Test
    void oneEventById() {
        StoryEvent met = store.storyEvent("se-met").orElseThrow();
        assertThat(met.mentions()).hasSize(2);
        assertThat(met.links()).singleElement().satisfies(l -> assertThat(l.event()).isEqualTo("se-plan"));
        assertThat(store.storyEvent("nope")).isEmpty();
    }
}
