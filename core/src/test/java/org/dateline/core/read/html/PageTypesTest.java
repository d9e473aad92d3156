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

    /**
     * A story {@code parts} times as long as {@link #STORY}, each part's paragraphs told apart by a closing
     * sentence: a passage said twice word for word is read once ({@link RepeatedPassages}).
     */
    private static String longStory(int parts) {
        StringBuilder sb = new StringBuilder(STORY);
        for (int i = 2; i <= parts; i++) sb.append(STORY.replace("</p>", " So ends part " + i + ".</p>"));
        return sb.toString();
    }

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

    @Test
    void anUnsignedPageThatSpeaksAsItsOwnerUnderShortHeadingsIsAServicePageWhateverItDeclares() throws Exception {
        String ld = "<script type=\"application/ld+json\">{\"@type\": \"Article\", \"headline\": \"Moving\"}</script>";
        String body = "<article><h2>Moving offices without the stress</h2><p>We pack, move and set up your office over one "
                + "weekend, and our crews leave every desk ready for Monday morning.</p><h2>Why businesses choose us</h2>"
                + "<p>We have moved more than four hundred firms across the region, and our quotes include insurance, "
                + "crates and the clean-up afterwards.</p><h2>Ask for a quote</h2><p>Tell us how many desks you have and "
                + "we will send you a fixed price within a day, with no charge for the visit.</p></article>";
        ReadPage p = read(ld, body, "https://movers.example/office-moves");
        assertThat(p.pageType().type()).isEqualTo(PageType.OTHER);
        assertThat(p.pageType().reason()).contains("speaks as its owner");
    }

    @Test
    void aSignedPageInTheFirstPersonPluralStaysAnArticle() throws Exception {
        String ld = "<script type=\"application/ld+json\">{\"@type\": \"Article\", \"author\": {\"@type\": \"Person\", "
                + "\"name\": \"Maria Olsen\"}}</script>";
        String body = "<article><h2>Moving offices without the stress</h2><p>We packed, moved and set up our office over one "
                + "weekend, and our crews left every desk ready for Monday morning.</p><h2>What we learned</h2>"
                + "<p>We had moved twice before, and our notes from those moves saved us a week of planning, crates "
                + "and the clean-up afterwards.</p><h2>What comes next</h2><p>We will write again once the new floor "
                + "has settled, and tell you what we would do differently next time.</p></article>";
        ReadPage p = read(ld, body, "https://movers.example/blog/our-move");
        assertThat(p.article().byline()).contains("Maria Olsen");
        assertThat(p.pageType().type()).isEqualTo(PageType.ARTICLE);
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

    @Test
    void aProductPageAndAListingCreditNoWriterThoughTheyNameOne() throws Exception {
        String brand = "<meta name=\"author\" content=\"Ana Lima\">";
        String product = "<main><h1>Garden rake</h1><p>A light rake with an ash handle.</p><span class=\"price\">"
                + "\u00a324.50</span><button type=\"submit\">Add to basket</button></main>";
        ReadPage p = read(brand, product, "https://garden.example/garden-rake");
        assertThat(p.pageType().type()).isEqualTo(PageType.PRODUCT);
        assertThat(p.article().byline()).isNull();
        ReadPage l = read(brand, cards(8, true), "https://garden.example/rakes-and-hoes");
        assertThat(l.pageType().type()).isEqualTo(PageType.LISTING);
        assertThat(l.article().byline()).isNull();
        assertThat(read(brand, "<article>" + STORY + "</article>", "https://news.example/2024/03/08/harbour")
                .article().byline()).isEqualTo("Ana Lima");
    }

    @Test
    void aLongSignedStoryUnderAProductLikeAddressIsAnArticleAndKeepsItsWriter() throws Exception {
        String writer = "<meta name=\"author\" content=\"Ana Lima\">";
        String story = "<article>" + longStory(2) + "</article>";
        ReadPage p = read(writer, story, "https://letters.example/p/why-the-harbour-matters");
        assertThat(p.pageType().type()).isEqualTo(PageType.ARTICLE);
        assertThat(p.article().byline()).isEqualTo("Ana Lima");
        assertThat(read("", story, "https://letters.example/p/why-the-harbour-matters").pageType().type())
                .isEqualTo(PageType.PRODUCT);
    }

    private static String declared(String type) {
        return "<script type=\"application/ld+json\">{\"@type\": \"" + type + "\", \"headline\": \"Harbour\"}</script>";
    }

    @Test
    void aPlainArticleStampYieldsToAnAddressThatNamesAShopsItemAForumOrAManual() throws Exception {
        String page = "<main>" + STORY + "</main>";
        assertThat(read(declared("Article"), page, "https://garden.example/product/ash-rake").pageType().type())
                .isEqualTo(PageType.PRODUCT);
        assertThat(read(declared("Article"), page, "https://boards.example/forum/harbour-plans-123").pageType().type())
                .isEqualTo(PageType.FORUM);
        assertThat(read(declared("Article"), page, "https://harbour.example/docs/cranes/loading").pageType().type())
                .isEqualTo(PageType.OTHER);
        assertThat(read("<meta property=\"og:type\" content=\"article\">", page,
                "https://garden.example/product/ash-rake").pageType().type()).isEqualTo(PageType.PRODUCT);
    }

    @Test
    void aNewsTypeDeclaredByTheWriterOutweighsTheAddress() throws Exception {
        String page = "<main>" + STORY + "</main>";
        assertThat(read(declared("NewsArticle"), page, "https://boards.example/forum/harbour-plans-123").pageType().type())
                .isEqualTo(PageType.ARTICLE);
        assertThat(read(declared("BlogPosting"), page, "https://garden.example/product/ash-rake").pageType().type())
                .isEqualTo(PageType.ARTICLE);
    }

    @Test
    void aTopicOrCommunityAddressDoesNotOverruleAPlainArticleStamp() throws Exception {
        String page = "<main>" + STORY + "</main>";
        assertThat(read(declared("Article"), page, "https://encyclopedia.example/topic/harbour-cranes").pageType().type())
                .isEqualTo(PageType.ARTICLE);
        assertThat(read(declared("Article"), page, "https://cloud.example/community/tutorials/cranes").pageType().type())
                .isEqualTo(PageType.ARTICLE);
    }

    @Test
    void aForumTopicStampedArticleIsReadWithItsReplies() throws Exception {
        String posts = "<div class=\"post\"><p>" + PROSE_1 + "</p></div><div class=\"post\"><p>" + PROSE_2
                + "</p></div><div class=\"post\"><p>" + PROSE_3 + "</p></div>";
        ReadPage p = read(declared("Article"), "<main>" + posts + "</main>", "https://boards.example/forum/harbour-plans-123");
        assertThat(p.pageType().type()).isEqualTo(PageType.FORUM);
        assertThat(p.article().body()).contains(PROSE_1.substring(0, 30)).contains(PROSE_3.substring(0, 30));
    }

    @Test
    void anAddressEndingInABareSectionWordIsTheSectionsIndexThoughStampedArticle() throws Exception {
        String page = "<main>" + STORY + "</main>";
        assertThat(read(declared("Article"), page, "https://harbour.example/news").pageType().type())
                .isEqualTo(PageType.LISTING);
        assertThat(read(declared("Article"), page, "https://harbour.example/press/issues/").pageType().type())
                .isEqualTo(PageType.LISTING);
    }

    @Test
    void aStoryBelowASectionWordInItsAddressIsStillAnArticle() throws Exception {
        String page = "<main>" + STORY + "</main>";
        assertThat(read(declared("Article"), page, "https://harbour.example/news/terminal-doubles-capacity").pageType().type())
                .isEqualTo(PageType.ARTICLE);
        assertThat(read("", page, "https://harbour.example/blog/2024/03/08/cranes").pageType().type())
                .isEqualTo(PageType.ARTICLE);
        assertThat(read(declared("Article"), page, "https://news.example/latest-news-on-the-harbour").pageType().type())
                .isEqualTo(PageType.ARTICLE);
    }

    @Test
    void aSectionIndexWhoseTeasersReadAsMuchProseAsAStoryIsStillAListing() throws Exception {
        String page = "<main>" + longStory(3) + "</main>";
        assertThat(read("", page, "https://institute.example/news").pageType().type()).isEqualTo(PageType.LISTING);
        assertThat(read("", page, "https://institute.example/category/cranes").pageType().type()).isEqualTo(PageType.ARTICLE);
    }

    @Test
    void aPageOfTitleAndNameLinesWithoutSentencesIsAListingWhateverItDeclares() throws Exception {
        String ld = "<script type=\"application/ld+json\">{\"@type\": \"Article\", \"headline\": \"Books\"}</script>";
        StringBuilder list = new StringBuilder("<main><h1>Books about harbours</h1><div class=\"list\">");
        String[] words = {"Tides", "Cranes", "Quays", "Ferries", "Lighthouses", "Dockers", "Anchors", "Channels"};
        for (int i = 0; i < 24; i++) {
            list.append("<p>The Book of ").append(words[i % words.length]).append(", Volume ").append(i + 1)
                    .append(" by Ann Example and Bo Sample, 4.").append(i % 10).append(" average rating, ")
                    .append(1000 + i).append(" ratings</p>");
        }
        ReadPage p = read(ld, list.append("</div></main>").toString(), "https://books.example/lists/harbours");
        assertThat(p.pageType().type()).as(p.pageType().reason()).isEqualTo(PageType.LISTING);
        assertThat(p.pageType().reason()).contains("in sentences");
    }

    @Test
    void aStoryWithAListOfNamesInItIsStillAnArticle() throws Exception {
        StringBuilder names = new StringBuilder("<ul>");
        for (int i = 0; i < 12; i++) names.append("<li>Harbour pilot number ").append(i + 1).append(", North Quay</li>");
        ReadPage p = read("", "<article>" + STORY + names.append("</ul>") + "<p>" + PROSE_1 + "</p></article>",
                "https://news.example/2024/03/08/harbour-pilots");
        assertThat(p.pageType().type()).isEqualTo(PageType.ARTICLE);
    }

    @Test
    void aStoryInAScriptWrittenWithoutBlanksIsToldInSentences() throws Exception {
        String zh = "<p>\u6e2f\u53e3\u4eca\u5929\u6062\u590d\u4e86\u6b63\u5e38\u8fd0\u8425\u3002"
                + "\u5de5\u4eba\u4eec\u5728\u65e9\u4e0a\u516b\u70b9\u5f00\u59cb\u88c5\u5378\u8d27\u7269\u3002</p>";
        ReadPage p = read("", "<article>" + zh.repeat(30) + "</article>", "https://news.example/2024/03/08/gang");
        assertThat(p.pageType().type()).as(p.pageType().reason()).isEqualTo(PageType.ARTICLE);
    }
    private static String manual(int examples) {
        StringBuilder sb = new StringBuilder("<main><h1>Loading a crane queue</h1>");
        for (int i = 0; i < examples; i++) {
            sb.append("<h2>Step ").append(i + 1).append("</h2><p>").append(PROSE_1).append("</p><pre>queue.load(")
                    .append(i).append(");</pre>");
        }
        return sb.append("</main>").toString();
    }

    @Test
    void anUnsignedPageThatTeachesByManyBlocksOfCodeIsDocumentationNotAStory() throws Exception {
        ReadPage p = read("", manual(12), "https://harbour.example/guides/crane-queue");
        assertThat(p.pageType().type()).as(p.pageType().reason()).isEqualTo(PageType.OTHER);
        assertThat(p.pageType().reason()).contains("blocks of code");
    }

    @Test
    void aPostWithAFewExamplesOrASignedOneIsStillAnArticle() throws Exception {
        assertThat(read("", manual(3), "https://harbour.example/guides/crane-queue").pageType().type())
                .isEqualTo(PageType.ARTICLE);
        String signed = manual(12).replace("</h1>", "</h1><p class=\"byline\">By Ann Example</p>");
        assertThat(read("", signed, "https://harbour.example/guides/crane-queue").pageType().type())
                .isEqualTo(PageType.ARTICLE);
    }

    /** Eight alike cards, each a linked title over a line or two of summary: a catalogue of courses. */
    private static String catalogue(String before) {
        String[] prose = {PROSE_1, PROSE_2, PROSE_3};
        StringBuilder sb = new StringBuilder("<main><h1>Courses in harbour work</h1>" + before + "<div class=\"grid\">");
        for (int i = 0; i < 8; i++) {
            sb.append("<div class=\"course\"><a href=\"/courses/").append(i).append("\">Harbour logistics, course ")
                    .append(i + 1).append("</a><span>Course ").append(i + 1).append(": ").append(prose[i % 3])
                    .append("</span></div>");
        }
        return sb.append("</div></main>").toString();
    }

    @Test
    void anUnsignedPageWhoseTextIsHeldByAlikeLinkedCardsIsAListingThoughStampedArticle() throws Exception {
        String ld = "<script type=\"application/ld+json\">{\"@type\": \"Article\", \"headline\": \"Courses\"}</script>";
        ReadPage p = read(ld, catalogue(""), "https://institute.example/learn/harbour-logistics");
        assertThat(p.pageType().type()).as(p.pageType().reason()).isEqualTo(PageType.LISTING);
        assertThat(p.pageType().reason()).contains("cards");
    }

    @Test
    void aSignedRoundupOfCardsOrOneDeclaredANewsArticleStaysAnArticle() throws Exception {
        String signed = catalogue("<p class=\"byline\">By Ann Example</p>");
        assertThat(read("", signed, "https://institute.example/learn/harbour-logistics").pageType().type())
                .isEqualTo(PageType.ARTICLE);
        String news = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Courses\"}</script>";
        assertThat(read(news, catalogue(""), "https://institute.example/learn/harbour-logistics").pageType().type())
                .isEqualTo(PageType.ARTICLE);
    }

    @Test
    void aStoryInAlikeSectionsThatCiteALinkNowAndThenIsStillAnArticle() throws Exception {
        String[] prose = {PROSE_1, PROSE_2, PROSE_3};
        StringBuilder sb = new StringBuilder("<main><h1>The new terminal</h1>");
        for (int i = 0; i < 8; i++) {
            sb.append("<div class=\"section\"><h2>Part ").append(i + 1).append("</h2><p>")
                    .append("Part ").append(i + 1).append(": ")
                    .append(prose[i % 3].replaceFirst(" the (\\w+)", " the <a href=\"/notes/$1\">$1</a>"))
                    .append("</p></div>");
        }
        ReadPage p = read("", sb.append("</main>").toString(), "https://harbour.example/terminal-opens");
        assertThat(p.pageType().type()).as(p.pageType().reason()).isEqualTo(PageType.ARTICLE);
    }
}
