package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dateline.core.connect.ActorOverrides;
import org.dateline.model.EventStatus;
import org.dateline.model.ActorProfile;
import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.StoryThread;
import org.dateline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConnectionsTest {
    @TempDir Path dir;

    private static Annotated story() {
        String body = "Kim Jong Un met the visiting delegation in Pyongyang on Monday.";
        Article a = new Article("a1", "test", null, "Kim meets delegation", null, "Harbor Wire", "SEOUL", "March 4",
                "2024-03-04", false, List.of(), null, null, "en", body, "hash-a1");
        Entity kim = new Entity("Kim Jong Un", EntityType.PERSON, 0, 11, "Kim Jong Un", "PRK", "GOV", null, -1);
        Event e = new Event("e1", EventType.CONSULT, null, "040", List.of(new Participant("Kim Jong Un", "PRK", "GOV")),
                List.of(), "2024-03-04", null, "Pyongyang", EventStatus.OCCURRED, null, 0, body.length() - 1, 0.8, null, null, -1);
        return new Annotated(a, List.of(kim), List.of(), List.of(), List.of(e));
    }

    @Test
    void overridesBesideTheStoreAreAppliedOnEveryRun() throws Exception {
        Path db = dir.resolve("news.db");
        Files.writeString(dir.resolve("news.actors.tsv"), "alias\tKim Jong-un\tKim Jong Un\nnonsense line\n");
        ActorOverrides o = Connections.overridesFor(db, null);
        assertThat(o.problems()).hasSize(1).allMatch(p -> p.contains("nonsense") || p.contains("2"));
        List<ActorProfile> actors = Connections.compute(List.of(story()), o).actors();
        assertThat(actors).extracting(ActorProfile::name).contains("Kim Jong-un").doesNotContain("Kim Jong Un");
    }

    @Test
    void withoutAnOverridesFileNamesStayAsFound() {
        ActorOverrides o = Connections.overridesFor(dir.resolve("other.db"), null);
        assertThat(o.problems()).isEmpty();
        assertThat(Connections.compute(List.of(story()), o).actors()).extracting(ActorProfile::name).contains("Kim Jong Un");
    }

    @Test
    void connectRebuildsAStoresRecordFromItsAnnotatedArticlesWithoutReadingThemAgain() {
        Path db = dir.resolve("news.db");
        try (Store store = Store.open(db)) {
            store.addAnnotated(List.of(story()));
            store.replaceConnections(Fixtures.connected()); // a record from older rules, of other articles
        }
        assertThat(new CommandLine(new ConnectCommand()).execute("--db", db.toString())).isZero();
        try (Store store = Store.openExisting(db)) {
            var record = store.connections();
            assertThat(record.threads()).extracting(StoryThread::id).doesNotContain("t1");
            assertThat(record.events()).hasSize(1);
            assertThat(record.events().get(0).mentions()).extracting(m -> m.article()).containsExactly("a1");
        }
    }
}
