package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;

class MigrationsTest {
    @TempDir Path dir;

    @Test
    void aNewFileGetsEveryMigrationRecorded() throws SQLException {
        Path db = dir.resolve("new.db");
        Store.open(db).close();

        assertThat(query(db, "SELECT version || ':' || name FROM schema_version ORDER BY version"))
                .containsExactly("1:V1__articles.sql", "2:V2__articles_fts.sql",
                        "3:V3__annotations_and_connections.sql", "4:V4__connections_generation.sql",
                        "5:V5__event_outcome_trigger_sentence.sql", "6:V6__event_reported_by.sql", "7:V7__event_origin.sql");
        assertThat(query(db, "PRAGMA journal_mode")).containsExactly("wal");
    }

    @Test
    void anOlderFileIsMigratedAndItsArticlesIndexed() throws SQLException {
        Path db = dir.resolve("old.db");
        Migrations onlyFirst = new Migrations(Migrations.bundled().steps().subList(0, 1));
        try (Store v1 = Store.open(db, Duration.ofSeconds(5), onlyFirst)) {
            assertThat(v1.schemaVersion()).isEqualTo(1);
            v1.add(TestArticles.batch(0, 30, 400));
        }
        assertThat(query(db, "SELECT name FROM sqlite_schema WHERE name = 'articles_fts'")).isEmpty();

        try (Store current = Store.open(db)) {
            assertThat(current.schemaVersion()).isEqualTo(Migrations.bundled().latestVersion());
            assertThat(current.count()).isEqualTo(30);
            assertThat(current.search(TestArticles.uniqueWord(17), 5, 0)).extracting(SearchHit::id)
                    .containsExactly(TestArticles.synthetic(17, 400).contentHash());
            assertThat(current.verify().problems()).isEmpty();
        }
    }

    @Test
    void eventsStoredBeforeVersion5KeepTheirFieldsAndReadTheNewOnesAsUnknown() throws SQLException {
        Path db = dir.resolve("v4.db");
        Store.open(db, Duration.ofSeconds(5), new Migrations(Migrations.bundled().steps().subList(0, 4))).close();
        execute(db, "INSERT INTO articles (seq, content_hash, doc_id, body) VALUES (1, 'h1', 'a1', 'Park met Lee.')");
        execute(db, "INSERT INTO annotations (article) VALUES (1)");
        execute(db, "INSERT INTO events (article, ord, event_id, type, cameo, status, span_start, span_end, confidence) "
                + "VALUES (1, 0, 'E1', 'CONSULT', '040', 'occurred', 0, 12, 0.8)");

        try (Store store = Store.open(db)) {
            Event e = store.annotatedArticle("a1").orElseThrow().events().get(0);

            assertThat(store.schemaVersion()).isEqualTo(7);
            assertThat(e).isEqualTo(Event.builder().id("E1").type(EventType.CONSULT).cameo("040").status(EventStatus.OCCURRED)
                    .span(0, 12).confidence(0.8).build());
            assertThat(e.trigger()).isNull();
            assertThat(e.sentence()).isEqualTo(-1);
        }
    }

    @Test
    void eventsStoredBeforeVersion7AreTheRulesUnlessTheProposerMarkedThemWithItsOldMode() throws SQLException {
        Path db = dir.resolve("v6.db");
        Store.open(db, Duration.ofSeconds(5), new Migrations(Migrations.bundled().steps().subList(0, 6))).close();
        execute(db, "INSERT INTO articles (seq, content_hash, doc_id, body) VALUES (1, 'h1', 'a1', 'Park met Lee. Kim hailed Lee.')");
        execute(db, "INSERT INTO annotations (article) VALUES (1)");
        execute(db, "INSERT INTO events (article, ord, event_id, type, mode, cameo, status, span_start, span_end, confidence) "
                + "VALUES (1, 0, 'E1', 'CONSULT', 'visit', '040', 'occurred', 0, 12, 0.8), "
                + "(1, 1, 'E2', 'SUPPORT', 'proposed', '051', 'occurred', 14, 29, 0.3)");

        try (Store store = Store.open(db)) {
            List<Event> events = store.annotatedArticle("a1").orElseThrow().events();

            assertThat(events).extracting(Event::id, Event::mode, Event::origin)
                    .containsExactly(tuple("E1", "visit", Event.RULES), tuple("E2", null, Event.PROPOSER));
        }
    }

    @Test
    void aFailingMigrationLeavesTheFileAtThePreviousVersion() throws SQLException {
        Path db = dir.resolve("fail.db");
        Migration first = Migrations.bundled().steps().get(0);
        Migration broken = new Migration(2, "V2__broken.sql",
                "CREATE TABLE half_done (x INTEGER);\nSELECT no_such_column FROM articles;");

        assertThatThrownBy(() -> Store.open(db, Duration.ofSeconds(5), new Migrations(List.of(first, broken))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("V2__broken.sql failed")
                .hasMessageContaining("left at version 1");
        assertThat(query(db, "SELECT max(version) FROM schema_version")).containsExactly("1");
        assertThat(query(db, "SELECT name FROM sqlite_schema WHERE name = 'half_done'")).isEmpty();
    }

    @Test
    void aFileFromANewerDatelineIsRefused() throws SQLException {
        Path db = dir.resolve("newer.db");
        Store.open(db).close();
        execute(db, "INSERT INTO schema_version (version, name) VALUES (99, 'V99__future.sql')");

        assertThatThrownBy(() -> Store.open(db))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 99")
                .hasMessageContaining("newer than this Dateline knows (" + Migrations.bundled().latestVersion() + ")");
    }

    @Test
    void aSqliteFileOfAnotherProgramIsNotTouched() throws SQLException {
        Path db = dir.resolve("other.db");
        execute(db, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");

        assertThatThrownBy(() -> Store.open(db))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not a Dateline store")
                .hasMessageContaining("customers");
        assertThat(query(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"))
                .containsExactly("customers");
    }

    @Test
    void everyMigrationFileIsListedInOrder() throws IOException, URISyntaxException {
        Path folder = Path.of(Migrations.class.getClassLoader().getResource(Migrations.FOLDER).toURI());
        List<String> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }

        assertThat(Migrations.bundled().steps()).extracting(Migration::name).containsExactlyInAnyOrderElementsOf(files);
        assertThat(Migrations.bundled().steps()).extracting(Migration::version).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    static List<String> query(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        }
    }

    static void execute(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
