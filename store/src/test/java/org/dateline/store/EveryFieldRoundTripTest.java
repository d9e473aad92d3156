package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dateline.model.Annotated;
import org.dateline.model.Connected;
import org.dateline.model.EveryField;
import org.dateline.model.StoryEvent;

/**
 * What goes into the store comes back equal, for records with every field set by {@link EveryField} (by reflection,
 * so a field added to a record later fails here until the store keeps it).
 */
class EveryFieldRoundTripTest {
    @TempDir Path dir;

    @Test
    void annotatedArticlesWithEveryFieldSetAreReadBackEqual() {
        List<Annotated> batch = new EveryField(1).list(Annotated.class, 3);
        assertThat(batch).allSatisfy(a -> assertThat(EveryField.unset(a)).isEmpty());

        try (Store store = Store.open(dir.resolve("annotated.db"))) {
            store.addAnnotated(batch);
            List<Annotated> back = new ArrayList<>();
            store.annotated(back::add);

            assertThat(back).containsExactlyInAnyOrderElementsOf(batch);
            assertThat(store.annotatedArticle(batch.get(1).article().id())).contains(batch.get(1));
        }
    }

    @Test
    void theConnectedRecordWithEveryFieldSetIsReadBackEqual() {
        Connected connected = new EveryField(2).connected();
        assertThat(EveryField.unset(connected)).isEmpty();

        try (Store store = Store.open(dir.resolve("connected.db"))) {
            store.replaceConnections(connected);
            Connected back = store.connections();

            assertThat(back.events()).containsExactlyInAnyOrderElementsOf(connected.events());
            assertThat(back.threads()).containsExactlyInAnyOrderElementsOf(connected.threads());
            assertThat(back.actors()).containsExactlyInAnyOrderElementsOf(connected.actors());
            assertThat(back.revisionOf()).isEqualTo(connected.revisionOf());
            assertThat(back.inferredDates()).isEqualTo(connected.inferredDates());
            StoryEvent first = connected.events().get(0);
            assertThat(store.storyEvent(first.id())).contains(first);
        }
    }
}
