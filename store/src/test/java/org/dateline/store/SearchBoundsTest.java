package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchBoundsTest {
    @TempDir static Path dir;
    static Store store;

    @BeforeAll
    static void fill() {
        store = Store.open(dir.resolve("bounds.db"));
        store.add(TestArticles.batch(0, 300, 1200));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aQueryWithMoreTermsThanASearchMayHaveIsRefusedBeforeItRuns() {
        String manyPrefixes = IntStream.range(0, FullTextSearch.MAX_TERMS + 1).mapToObj(i -> "w" + i + "*")
                .collect(Collectors.joining(" OR "));

        assertThatThrownBy(() -> store.search(manyPrefixes, 10, 0))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("too large").hasMessageContaining((FullTextSearch.MAX_TERMS + 1) + " terms");
    }

    @Test
    void operatorsDoNotCountAsTerms() {
        String atTheBound = IntStream.range(0, FullTextSearch.MAX_TERMS).mapToObj(i -> "w" + i)
                .collect(Collectors.joining(" OR "));

        assertThat(store.search(atTheBound, 10, 0)).isEmpty();
    }

    @Test
    void aSearchOutOfTimeStopsAndSaysItTimedOut() {
        SearchBudget spent = SearchBudget.within(Duration.ZERO);

        assertThatThrownBy(() -> store.search("gov* OR mar* OR sch*", 500, 0, "[", "]", spent))
                .isInstanceOfSatisfying(SearchInterruptedException.class, e -> assertThat(e.timedOut()).isTrue())
                .hasMessageContaining("took longer than");
    }

    @Test
    void aSearchWhoseAskerWentAwayStopsAndSaysItWasCancelled() {
        SearchBudget abandoned = SearchBudget.within(Duration.ofMinutes(1)).cancelledWhen(() -> true);

        assertThatThrownBy(() -> store.search("gov* OR mar* OR sch*", 500, 0, "[", "]", abandoned))
                .isInstanceOfSatisfying(SearchInterruptedException.class, e -> assertThat(e.timedOut()).isFalse())
                .hasMessageContaining("cancelled");
    }

    @Test
    void theConnectionServesTheNextSearchAfterAnInterruptedOne() {
        SearchBudget spent = SearchBudget.within(Duration.ZERO);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> store.search("gov* OR mar*", 500, 0, "[", "]", spent))
                    .isInstanceOf(SearchInterruptedException.class);
        }

        assertThat(store.search(TestArticles.uniqueWord(7), 5, 0)).hasSize(1);
    }
}
