package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dateline.model.ActorProfile;
import org.dateline.model.Annotated;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.StoryEvent;

/** A type spelling no constant has (an older version's, a hand edit) reads as no type and stays in the file. */
class UnknownSpellingsTest {
    @TempDir Path dir;

    @Test
    void anUnknownEventOrEntityTypeReadsAsNoTypeAndTheRestOfTheArticleAsStored() throws SQLException {
        Path db = dir.resolve("old.db");
        Annotated a = TestRecords.annotated("a1", "2024-03-08", "Park Min-jae met Ellen Whitfield in Washington.");
        try (Store store = Store.open(db)) {
            store.addAnnotated(List.of(a));
        }
        MigrationsTest.execute(db, "UPDATE events SET type = 'DEMAND'");
        MigrationsTest.execute(db, "UPDATE entities SET type = 'TITLE' WHERE ord = 0");

        try (Store store = Store.open(db)) {
            Annotated back = store.annotatedArticle("a1").orElseThrow();
            Event e = back.events().get(0);
            Entity first = back.entities().get(0);

            assertThat(e.type()).isNull();
            assertThat(e).isEqualTo(a.events().get(0).toBuilder().type(null).build());
            assertThat(first.type()).isNull();
            assertThat(first.text()).isEqualTo(a.entities().get(0).text());
            assertThat(back.entities().subList(1, back.entities().size()))
                    .isEqualTo(a.entities().subList(1, a.entities().size()));
        }
        assertThat(MigrationsTest.query(db, "SELECT type FROM events")).containsExactly("DEMAND");
        assertThat(MigrationsTest.query(db, "SELECT type FROM entities WHERE ord = 0")).containsExactly("TITLE");
    }

    @Test
    void anUnknownStoryEventOrActorTypeReadsAsNoTypeAndTheOthersAsStored() throws SQLException {
        Path db = dir.resolve("old.db");
        try (Store store = Store.open(db)) {
            store.replaceConnections(TestRecords.connected());
        }
        MigrationsTest.execute(db, "UPDATE story_events SET type = 'FIGHT' WHERE id = 'se-demand'");
        MigrationsTest.execute(db, "UPDATE actor_profiles SET type = 'MISC'");

        try (Store store = Store.open(db)) {
            List<StoryEvent> events = store.storyEvents(EventCriteria.all());
            assertThat(events).filteredOn(se -> se.id().equals("se-demand")).singleElement()
                    .satisfies(se -> assertThat(se.event().type()).isNull());
            assertThat(events).filteredOn(se -> !se.id().equals("se-demand")).isNotEmpty()
                    .allSatisfy(se -> assertThat(se.event().type()).isNotNull());
            assertThat(store.actors(0, 0)).isNotEmpty().extracting(ActorProfile::type).containsOnlyNulls();
        }
    }
}
