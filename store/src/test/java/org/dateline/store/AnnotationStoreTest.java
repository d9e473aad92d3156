package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dateline.model.Annotated;
import org.dateline.model.EntityType;

class AnnotationStoreTest {
    @TempDir Path dir;
    Store store;

    @BeforeEach void open() { store = Store.open(dir.resolve("t.db")); }

    @AfterEach void close() { store.close(); }

    @Test
    void anAnnotatedArticleComesBackEqual() {
        Annotated a = TestRecords.annotated("a1", "2024-03-08", "Park went to Washington on Friday for two hours.");

        BatchResult r = store.addAnnotated(List.of(a));

        assertThat(r.added()).isEqualTo(1);
        assertThat(r.annotated()).isEqualTo(1);
        assertThat(store.annotatedArticle("a1")).contains(a);
        assertThat(store.annotatedArticle(a.article().contentHash().substring(0, 10))).contains(a);
        assertThat(store.annotatedArticle("nope")).isEmpty();
    }

    @Test
    void aDocumentSeenTwiceIsStoredAndAnnotatedOnce() {
        Annotated a = TestRecords.annotated("a1", "2024-03-08", "Body one.");
        store.addAnnotated(List.of(a, a));
        BatchResult again = store.addAnnotated(List.of(a));

        assertThat(again.added()).isZero();
        assertThat(again.duplicates()).isEqualTo(1);
        assertThat(again.annotated()).isZero();
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.annotatedArticle("a1").orElseThrow().entities()).hasSize(2);
    }

    @Test
    void anNlpIngestFillsInAnArticleStoredBare() {
        Annotated a = TestRecords.annotated("a1", "2024-03-08", "Body one.");
        store.add(List.of(a.article()));
        assertThat(store.annotatedArticle("a1")).contains(Annotated.of(a.article()));
        assertThat(store.isAnnotated(a.article().contentHash())).isFalse();
        assertThat(store.isAnnotated("no-such-hash")).isFalse();

        BatchResult r = store.addAnnotated(List.of(a));

        assertThat(r.added()).isZero();
        assertThat(r.annotated()).isEqualTo(1);
        assertThat(store.annotatedArticle("a1")).contains(a);
        assertThat(store.isAnnotated(a.article().contentHash())).isTrue();
        assertThat(store.verify().problems()).isEmpty();
    }

    @Test
    void everyArticleIsStreamedOldestFirstWithItsAnnotations() {
        List<Annotated> in = new ArrayList<>();
        for (int i = 0; i < AnnotationReader.CHUNK + 30; i++) {
            in.add(TestRecords.annotated("d" + i, String.format("2024-%02d-%02d", 1 + i % 12, 1 + i % 28), "Body " + i));
        }
        Annotated yearless = TestRecords.annotated("y", "XXXX-03-09", "Body y");
        store.addAnnotated(List.of(yearless));
        store.addAnnotated(in.subList(100, in.size()));
        store.addAnnotated(in.subList(0, 100));
        store.add(List.of(TestArticles.article("bare", "Bare", "No date, no NLP.")));

        List<Annotated> out = new ArrayList<>();
        store.annotated(out::add);

        assertThat(out).hasSize(in.size() + 2);
        assertThat(out.subList(0, in.size())).extracting(x -> x.article().publicationDate()).isSorted();
        assertThat(out.subList(0, in.size())).containsExactlyInAnyOrderElementsOf(in);
        assertThat(out.get(in.size())).isEqualTo(yearless);
        assertThat(out.get(in.size() + 1).article().id()).isEqualTo("bare");
        assertThat(out.get(in.size() + 1).entities()).isEmpty();
    }

    @Test
    void quotesAreFoundBySpeakerWithTheirArticle() {
        store.addAnnotated(List.of(TestRecords.annotated("late", "2024-03-18", "B"),
                TestRecords.annotated("early", "2024-03-07", "A")));

        List<AttributedQuote> quotes = store.quotes("park min-jae", 10, 0);

        assertThat(quotes).extracting(AttributedQuote::article).containsExactly("early", "late");
        assertThat(quotes.get(0).quote().text()).isEqualTo("we are on the same page");
        assertThat(quotes.get(0).publicationDate()).isEqualTo("2024-03-07");
        assertThat(store.quotes("park min-jae", 1, 1)).extracting(AttributedQuote::article).containsExactly("late");
        assertThat(store.quotes("Nobody", 10, 0)).isEmpty();
    }

    @Test
    void aBatchWithOneUnstorableAnnotationStoresNothing() {
        Annotated good = TestRecords.annotated("good", "2024-03-08", "Good body.");
        Annotated base = TestRecords.annotated("bad", "2024-03-09", "Bad body.");
        Annotated bad = new Annotated(base.article(), List.of(new org.dateline.model.Entity(null, EntityType.PERSON, 0, 1,
                null, null, null, null, -1)), List.of(), List.of(), List.of());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.addAnnotated(List.of(good, bad)))
                .isInstanceOf(StoreException.class);

        assertThat(store.count()).isZero();
        assertThat(store.addAnnotated(List.of(good)).added()).isEqualTo(1);
        assertThat(store.annotatedArticle("good")).contains(good);
        assertThat(store.verify().problems()).isEmpty();
    }
}
