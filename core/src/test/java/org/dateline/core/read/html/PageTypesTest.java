package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.HtmlArticleReaderTest.PROSE_1;
import static org.dateline.core.read.html.HtmlArticleReaderTest.PROSE_2;
import static org.dateline.core.read.html.HtmlArticleReaderTest.PROSE_3;

import java.nio.charset.StandardCharsets;

import org.dateline.core.read.draft.PageType;
import org.dateline.core.read.draft.ReadPage;
import org.dateline.core.source.RawDocument;
import org.junit.jupiter.api.Test;

class PageTypesTest {
    private final HtmlArticleReader reader = new HtmlArticleReader();
    private static final String STORY = "<p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><p>" + PROSE_3 + "</p>";

    private ReadPage read(String head, String body, String url) throws Exception {
        String html = "<html><head><title>Harbour</title>" + head + "</head><body>" + body + "</body></html>";
        return reader.readPage(RawDocument.of("t.html", html.getBytes(StandardCharsets.UTF_8)).withUrl(url)
                .withFormat(RawDocument.Format.HTML));
    }

    @Test
    void aStoryIsAnArticle() throws Exception {
        ReadPage p = read("", "<article>" + STORY + "</article>", "https://news.example/2024/03/08/harbour");
        assertThat(p.pageType().type()).isEqualTo(PageType.ARTICLE);
        assertThat(p.isArticle()).isTrue();
    }

    @Test
    void aPageThatDeclaresItselfAProductIsOneWhateverItsProse() throws Exception {
        String ld = "<script type=\"application/ld+json\">{\"@type\": \"Product\", \"name\": \"Harbour crane\"}</script>";
        ReadPage p = read(ld, "<div>" + STORY + "</div>", "https://shop.example/crane");
        assertThat(p.pageType().type()).isEqualTo(PageType.PRODUCT);
        assertThat(p.pageType().reason()).contains("Product");
    }

    @Test
    void aForumAddressMakesAForumThread() throws Exception {
        ReadPage p = read("", "<div class=\"post\">" + STORY + "</div>", "https://boards.example/forum/harbour-plans-123");
        assertThat(p.pageType().type()).isEqualTo(PageType.FORUM);
    }

    @Test
    void aDocumentationAddressMakesAPageOtherThanAStoryWhateverItsProse() throws Exception {
        ReadPage p = read("", "<main>" + STORY + "</main>", "https://harbour.example/docs/cranes/loading");
        assertThat(p.pageType().type()).isEqualTo(PageType.OTHER);
        assertThat(p.pageType().reason()).contains("documentation");
        assertThat(read("", "<main>" + STORY + "</main>", "https://docs.harbour.example/cranes").pageType().type())
                .isEqualTo(PageType.OTHER);
    }

    @Test
    void aShopsCategoryAddressWithLittleProseMakesAListing() throws Exception {
        String cards = "<div><a href=\"/products/crane\">Harbour crane</a> $120</div>".repeat(3);
        ReadPage p = read("", "<main>" + cards + "</main>", "https://shop.example/collections/cranes");
        assertThat(p.pageType().type()).isEqualTo(PageType.LISTING);
    }

    @Test
    void manyLinkedHeadlinesWithLittleProseMakeAListing() throws Exception {
        StringBuilder sb = new StringBuilder("<main>");
        for (int i = 0; i < 12; i++) {
            sb.append("<div class=\"teaser\"><h3><a href=\"/story/").append(i).append("\">Harbour story number ").append(i)
                    .append("</a></h3><p>A short summary of story ").append(i).append(".</p></div>");
        }
        ReadPage p = read("", sb.append("</main>").toString(), "https://news.example/");
        assertThat(p.pageType().type()).isEqualTo(PageType.LISTING);
        assertThat(p.pageType().reason()).contains("12 linked headlines");
    }
}
