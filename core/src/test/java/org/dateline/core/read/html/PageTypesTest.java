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

    private static String cards(int n, boolean priced) {
        StringBuilder sb = new StringBuilder("<main><h1>Garden tools</h1><ul class=\"grid\">");
        for (int i = 0; i < n; i++) {
            sb.append("<li class=\"card\"><a href=\"/item/").append(i).append("\">Garden rake model ").append(i)
                    .append("</a>").append(priced ? "<span>$" + (20 + i) + ".99</span>" : "").append("</li>");
        }
        return sb.append("</ul></main>").toString();
    }

    @Test
    void manyAlikeCardsThatEachShowAPriceMakeAShopsCategoryAListing() throws Exception {
        ReadPage p = read("", cards(8, true), "https://garden.example/rakes-and-hoes");
        assertThat(p.pageType().type()).isEqualTo(PageType.LISTING);
        assertThat(p.pageType().reason()).contains("8 alike items with a price each");
    }

    @Test
    void aPriceAndAButtonToBuyMakeAProductPage() throws Exception {
        String body = "<main><h1>Garden rake</h1><p>A light rake with an ash handle.</p><span class=\"price\">\u00a324.50</span>"
                + "<button type=\"submit\">Add to basket</button></main>";
        ReadPage p = read("", body, "https://garden.example/garden-rake");
        assertThat(p.pageType().type()).isEqualTo(PageType.PRODUCT);
        assertThat(p.pageType().reason()).contains("button to buy");
    }

    @Test
    void aPriceWithoutAnythingToBuyIsNoProductPage() throws Exception {
        String body = "<article>" + STORY + "<p>Tickets for the harbour tour cost $12.50 each.</p></article>";
        ReadPage p = read("", body, "https://news.example/2024/03/08/harbour");
        assertThat(p.pageType().type()).isEqualTo(PageType.ARTICLE);
    }

    @Test
    void theQuestionsOfAnFaqBlockMakeNoForumThread() throws Exception {
        String ld = "<script type=\"application/ld+json\">{\"@type\": \"FAQPage\", \"mainEntity\": [{\"@type\": "
                + "\"Question\", \"name\": \"How long is the warranty?\", \"acceptedAnswer\": {\"@type\": \"Answer\", "
                + "\"text\": \"Two years.\"}}]}</script>";
        ReadPage p = read(ld, "<main>" + STORY + "</main>", "https://harbour.example/services/cranes");
        assertThat(p.pageType().type()).isNotEqualTo(PageType.FORUM);
    }

    @Test
    void aQuestionPageDeclaredAsSuchIsStillAForumThread() throws Exception {
        String ld = "<script type=\"application/ld+json\">{\"@type\": \"QAPage\", \"mainEntity\": {\"@type\": "
                + "\"Question\", \"name\": \"Which crane for a small quay?\"}}</script>";
        ReadPage p = read(ld, "<main>" + STORY + "</main>", "https://answers.example/q/8812");
        assertThat(p.pageType().type()).isEqualTo(PageType.FORUM);
    }

    @Test
    void severalDeclaredProductsOnAPageOfCardsMakeACategoryNotOneProduct() throws Exception {
        StringBuilder ld = new StringBuilder("<script type=\"application/ld+json\">{\"@type\": \"ItemList\", \"itemListElement\": [");
        for (int i = 0; i < 4; i++) ld.append(i > 0 ? "," : "").append("{\"@type\": \"Product\", \"name\": \"Rake ").append(i).append("\"}");
        ld.append("]}</script>");
        ReadPage p = read(ld.toString(), cards(8, false), "https://garden.example/rakes");
        assertThat(p.pageType().type()).isEqualTo(PageType.LISTING);
        assertThat(p.pageType().reason()).contains("4 products");
    }

    @Test
    void aSitesHomePageWithoutListedItemsIsNoStory() throws Exception {
        String body = "<main><h2>Cranes for every quay</h2>" + STORY + "</main>";
        assertThat(read("", body, "https://harbour.example/").pageType().type()).isEqualTo(PageType.OTHER);
        assertThat(read("", body, "https://harbour.example/en-gb/").pageType().type()).isEqualTo(PageType.OTHER);
        assertThat(read("", body, "https://harbour.example/cranes/quay-crane").pageType().type()).isEqualTo(PageType.ARTICLE);
    }
}
