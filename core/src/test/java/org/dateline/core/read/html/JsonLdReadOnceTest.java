package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A page's JSON-LD blocks are read once: the article node and every date stamp come from the same pass. */
class JsonLdReadOnceTest {
    private static JsonLd read(String... blocks) {
        StringBuilder html = new StringBuilder("<html><head>");
        for (String b : blocks) html.append("<script type='application/ld+json'>").append(b).append("</script>");
        return JsonLd.of(Jsoup.parse(html.append("</head><body><p>Text</p></body></html>").toString()));
    }

    @Test
    void oneReadingGivesTheArticleAndEveryStampOfEveryNode() {
        JsonLd ld = read("{\"@graph\": [{\"@type\": \"WebPage\", \"datePublished\": \"2024-03-01\"},"
                + " {\"@type\": \"NewsArticle\", \"headline\": \"Barrier opens\", \"datePublished\": \"2024-03-02\","
                + " \"dateModified\": \"2024-03-05\"}]}");
        assertThat(ld.headline()).isEqualTo("Barrier opens");
        assertThat(ld.datePublished()).isEqualTo("2024-03-02");
        assertThat(ld.stamps().published()).containsExactly("2024-03-01", "2024-03-02");
        assertThat(ld.stamps().modified()).containsExactly("2024-03-05");
    }

    @Test
    void aBlockBrokenAfterItsFirstValueStillGivesItsArticleAndItsStamps() {
        JsonLd ld = read("{\"@type\": \"Article\", \"headline\": \"Barrier opens\", \"datePublished\": \"2024-03-02\"}"
                + " {\"dateModified\": \"2024-03-05\", oops");
        assertThat(ld.headline()).isEqualTo("Barrier opens");
        assertThat(ld.stamps().modified()).containsExactly("2024-03-05");
    }

    @Test
    void aBlockBrokenInsideItsFirstValueGivesNoArticleButTheStampsBeforeTheBreak() {
        JsonLd ld = read("{\"@type\": \"Article\", \"headline\": \"Barrier opens\", \"datePublished\": \"2024-03-02\""
                + " \"description\": \"no comma before me\"}");
        assertThat(ld.headline()).isNull();
        assertThat(ld.stamps().published()).containsExactly("2024-03-02");
    }

    @Test
    void aPageWithStampsButNoArticleNodeStillHasItsStamps() {
        JsonLd ld = read("{\"@type\": \"Event\", \"dateCreated\": \"2024-01-09\"}");
        assertThat(ld.headline()).isNull();
        assertThat(ld.stamps().published()).containsExactly("2024-01-09");
    }
}
