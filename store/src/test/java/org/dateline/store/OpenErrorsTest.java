package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenErrorsTest {
    @TempDir Path dir;

    @Test
    void aTextFileIsReportedAsNotADatabaseAndLeftAlone() throws IOException {
        Path notes = dir.resolve("notes.txt");
        String text = "These are notes, not a database. ".repeat(200);
        Files.writeString(notes, text);

        assertThatThrownBy(() -> Store.open(notes))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(notes.toString())
                .hasMessageContaining("is not a SQLite database");
        assertThat(Files.readString(notes, StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void aFileLockedByAnotherConnectionIsReportedAsLocked() throws SQLException {
        Path db = dir.resolve("locked.db");
        Store.open(db).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = other.createStatement()) {
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("INSERT INTO schema_version (version, name) VALUES (1000, 'held')");

            long start = System.nanoTime();
            assertThatThrownBy(() -> Store.open(db, Duration.ofMillis(300)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(db.toString())
                    .hasMessageContaining("is locked by another process");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
            s.execute("ROLLBACK");
        }
        try (Store store = Store.open(db)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.bundled().latestVersion());
        }
    }

    @Test
    void aFolderIsNotADatabaseFile() {
        assertThatThrownBy(() -> Store.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is a directory");
    }

    @Test
    void missingFoldersAreCreated() {
        Path db = dir.resolve("a/b/c/dateline.db");
        try (Store store = Store.open(db)) {
            store.add(List.of(TestArticles.article("1", "Headline", "Body.")));
        }
        assertThat(db).isRegularFile();
    }

    @Test
    void aClosedStoreSaysSo() {
        Store store = Store.open(dir.resolve("closed.db"));
        store.close();

        assertThatThrownBy(() -> store.add(List.of(TestArticles.article("1", "h", "b"))))
                .isInstanceOf(StoreException.class).hasMessageContaining("is closed");
        assertThatThrownBy(store::count).isInstanceOf(StoreException.class).hasMessageContaining("is closed");
    }
}
