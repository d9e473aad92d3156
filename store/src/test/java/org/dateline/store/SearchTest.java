package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.dateline.model.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTest {
    @TempDir static Path dir;
    static Store store;
    static Article inHeadline;
    static Article inBody;
    static Article elsewhere;
    static Article strikes;

    @BeforeAll
    static void fill() {
        store = Store.open(dir.resolve("search.db"));
        inHeadline = TestArticles.article("h", "Typhoon Lingling nears the peninsula",
                "Forecasters said winds would reach the capital by evening. Schools closed early.");
        inBody = TestArticles.article("b", "Schools close early across the capital",
                "Forecasters said winds from typhoon Lingling would reach the capital by evening.");
        elsewhere = TestArticles.article("e", "Parliament passes budget", "The vote came after a long debate.");
        strikes = TestArticles.article("s", "Dock workers walk out",
                "Workers began strikes at three ports, the North Korean border town was calm.");
        store.add(List.of(elsewhere, inBody, inHeadline, strikes));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aHeadlineMatchRanksAboveABodyMatch() {
        List<SearchHit> hits = store.search("typhoon", 10, 0);

        assertThat(hits).extracting(SearchHit::id).containsExactly(inHeadline.contentHash(), inBody.contentHash());
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        assertThat(hits.get(0).headline()).isEqualTo(inHeadline.headline());
    }

    @Test
    void snippetsMarkTheMatchedWordsInTheBody() {
        SearchHit hit = store.search("lingling", 10, 0).stream()
                .filter(h -> h.id().equals(inBody.contentHash())).findFirst().orElseThrow();
        SearchHit custom = store.search("lingling", 10, 0, "<b>", "</b>").stream()
                .filter(h -> h.id().equals(inBody.contentHash())).findFirst().orElseThrow();

        assertThat(hit.snippet()).contains("[Lingling]").doesNotContain("<b>");
        assertThat(custom.snippet()).contains("<b>Lingling</b>").doesNotContain("[");
    }

    @Test
    void pagingWalksTheSameOrder() {
        List<SearchHit> all = store.search("capital", 10, 0);
        List<SearchHit> second = store.search("capital", 1, 1);

        assertThat(all).hasSize(2);
        assertThat(second).extracting(SearchHit::id).containsExactly(all.get(1).id());
        assertThat(store.search("capital", 10, 2)).isEmpty();
        assertThat(store.search("capital", 0, 0)).isEmpty();
    }

    @Test
    void fts5SyntaxKeepsItsMeaning() {
        assertThat(store.search("\"winds from typhoon\"", 10, 0)).extracting(SearchHit::id)
                .containsExactly(inBody.contentHash());
        assertThat(store.search("budget OR typhoon", 10, 0)).hasSize(3);
        assertThat(store.search("typhoon NOT peninsula", 10, 0)).extracting(SearchHit::id)
                .containsExactly(inBody.contentHash());
        assertThat(store.search("parliam*", 10, 0)).extracting(SearchHit::id)
                .containsExactly(elsewhere.contentHash());
    }

    @Test
    void wordFormsAndAccentsMatch() {
        assertThat(store.search("strike", 10, 0)).extracting(SearchHit::id).containsExactly(strikes.contentHash());
        assertThat(store.search("TYPHOÓN", 10, 0)).hasSize(2);
    }

    @Test
    void anUnbalancedQuoteIsSearchedWordByWord() {
        List<SearchHit> hits = store.search("\"north korean", 10, 0);

        assertThat(hits).extracting(SearchHit::id).containsExactly(strikes.contentHash());
    }

    @Test
    void operatorsAndColonsThatFts5RejectsAreSearchedLiterally() {
        assertThat(store.search("north:korean", 10, 0)).extracting(SearchHit::id)
                .containsExactly(strikes.contentHash());
        assertThat(store.search("typhoon AND", 10, 0)).as("'and' becomes a plain word, which no typhoon article has")
                .extracting(SearchHit::id).isEmpty();
        assertThat(store.search("(typhoon", 10, 0)).hasSize(2);
    }

    @Test
    void aQueryWithoutWordsIsAnInvalidQueryNotASqlError() {
        assertThatThrownBy(() -> store.search("\"", 10, 0))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("invalid search query");
        assertThatThrownBy(() -> store.search("* ( )", 10, 0))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("invalid search query");
        assertThat(store.search("   ", 10, 0)).isEmpty();
    }

    @Test
    void literalQueryQuotesEachWordAndKeepsPrefixes() {
        assertThat(FullTextSearch.literalQuery("\"north korea* AND")).contains("\"north\" \"korea\"* \"AND\"");
        assertThat(FullTextSearch.literalQuery("\" * -")).isEmpty();
    }
}
