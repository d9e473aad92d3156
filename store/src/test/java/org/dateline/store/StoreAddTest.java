package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.dateline.model.Article;
import org.dateline.model.DateCandidate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreAddTest {
    @TempDir Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("dateline.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyFieldComesBackAsStored() {
        Article full = new Article("yh-20190919-1", "/data/page.html", "https://en.yna.co.kr/view/1",
                "N. Korea fires projectiles", "Kim Soo-yeon", "Yonhap", "SEOUL", "Sept. 19", "2019-09-19", true,
                List.of(new DateCandidate("2019-09-19", "meta", "2019-09-19T10:00"),
                        new DateCandidate("XXXX-09-19", "dateline", null)),
                "ksy@yna.co.kr", "(LEAD)", "en", "First paragraph.\n\nSecond \"quoted\" paragraph — é.", "abc123def4567890");

        BatchResult result = store.add(List.of(full));

        assertThat(result.addedIds()).containsExactly("abc123def4567890");
        assertThat(store.article("abc123def4567890")).contains(full);
        assertThat(store.article("yh-20190919-1")).contains(full);
        assertThat(store.article("abc123de")).as("unique hash prefix").contains(full);
        assertThat(store.article("abc1")).as("prefix too short").isEmpty();
        assertThat(store.article("nothing-like-it")).isEmpty();
    }

    @Test
    void addingTheSameContentAgainStoresNothing() {
        List<Article> batch = List.of(TestArticles.article("a", "Storm hits coast", "Rain fell."),
                TestArticles.article("b", "Talks resume", "Leaders met."),
                TestArticles.article("c", "Market falls", "Prices dropped."));

        BatchResult first = store.add(batch);
        BatchResult second = store.add(batch);

        assertThat(first.added()).isEqualTo(3);
        assertThat(first.duplicates()).isZero();
        assertThat(first.addedIds()).containsExactlyElementsOf(batch.stream().map(Article::contentHash).toList());
        assertThat(second.added()).isZero();
        assertThat(second.duplicates()).isEqualTo(3);
        assertThat(second.addedIds()).isEmpty();
        assertThat(store.count()).isEqualTo(3);
    }

    @Test
    void repeatsInsideOneBatchAndCopiesUnderAnotherUrlAreDuplicates() {
        Article a = TestArticles.dated("a", "Storm hits coast", "Rain fell.", "2019-09-19", "en", null);
        Article sameTextElsewhere = new Article("a-mirror", "mirror", "https://mirror.example/a", a.headline(), null,
                null, null, null, null, false, List.of(), null, null, "en", a.body(), a.contentHash());

        BatchResult result = store.add(List.of(a, a, sameTextElsewhere));

        assertThat(result.added()).isEqualTo(1);
        assertThat(result.duplicates()).isEqualTo(2);
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.article(a.contentHash()).orElseThrow().url()).isEqualTo("https://example.org/a");
    }

    @Test
    void aReusedSourceIdWithDifferentContentKeepsBothArticles() {
        Article first = TestArticles.article("42", "Storm hits coast", "Rain fell.");
        Article second = TestArticles.article("42", "Talks resume", "Leaders met.");

        BatchResult result = store.add(List.of(first, second));

        assertThat(result.added()).isEqualTo(2);
        assertThat(store.articlesWithDocId("42")).containsExactly(first, second);
        assertThat(store.article("42")).contains(first);
        assertThat(store.article(second.contentHash())).contains(second);
    }

    @Test
    void aMissingContentHashIsComputedFromTheText() {
        Article noHash = new Article("x", "s", null, "Storm hits coast", null, null, null, null, null, false,
                null, null, null, null, "Rain fell.", null);
        Article withHash = TestArticles.article("y", "storm  hits COAST", "Rain   fell.");

        BatchResult result = store.add(List.of(noHash, withHash));

        assertThat(result.added()).as("same normalised text").isEqualTo(1);
        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(store.article("x").orElseThrow().contentHash()).isEqualTo(withHash.contentHash());
    }

    @Test
    void newestOrdersByDateThenByInsertionWithUndatedLast() {
        store.add(List.of(
                TestArticles.dated("old", "h1", "b1", "2019-09-19", "en", null),
                TestArticles.dated("new-early", "h2", "b2", "2020-01-01", "en", null),
                TestArticles.dated("no-year", "h3", "b3", "XXXX-12-31", "en", null),
                TestArticles.dated("undated", "h4", "b4", null, "en", null)));
        store.add(List.of(TestArticles.dated("new-late", "h5", "b5", "2020-01-01", "en", null)));

        assertThat(store.newest(10)).extracting(Article::id)
                .containsExactly("new-late", "new-early", "old", "undated", "no-year");
        assertThat(store.newest(2)).extracting(Article::id).containsExactly("new-late", "new-early");
        assertThat(store.newest(0)).isEmpty();
    }

    @Test
    void statsCountLanguagesAgenciesAndDatedRange() {
        store.add(List.of(
                TestArticles.dated("1", "h1", "b1", "2019-09-19", "en", "Yonhap"),
                TestArticles.dated("2", "h2", "b2", "2018-03-01", "en", "Yonhap"),
                TestArticles.dated("3", "h3", "b3", "XXXX-01-01", "ko", "AP"),
                TestArticles.dated("4", "h4", "b4", null, "en", null)));

        Stats stats = store.stats();

        assertThat(stats.articles()).isEqualTo(4);
        assertThat(stats.byLanguage()).containsExactly(java.util.Map.entry("en", 3L), java.util.Map.entry("ko", 1L));
        assertThat(stats.byAgency()).containsEntry("Yonhap", 2L).containsEntry("AP", 1L)
                .containsEntry(Stats.NO_AGENCY, 1L);
        assertThat(stats.byAgency().keySet().iterator().next()).isEqualTo("Yonhap");
        assertThat(stats.earliestDate()).isEqualTo("2018-03-01");
        assertThat(stats.latestDate()).isEqualTo("2019-09-19");
        assertThat(stats.schemaVersion()).isEqualTo(Migrations.bundled().latestVersion());
        assertThat(stats.fileBytes()).isPositive();
    }

    @Test
    void anEmptyStoreHasNoDateRange() {
        Stats stats = store.stats();

        assertThat(stats.articles()).isZero();
        assertThat(stats.earliestDate()).isNull();
        assertThat(stats.latestDate()).isNull();
        assertThat(store.verify().ok()).isTrue();
    }

    @Test
    void verifyCountsIndexedDocuments() {
        store.add(TestArticles.batch(0, 25, 300));

        Health health = store.verify();

        assertThat(health.problems()).isEmpty();
        assertThat(health.articles()).isEqualTo(25);
        assertThat(health.indexedRows()).isEqualTo(25);
    }
}
