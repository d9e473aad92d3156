package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.dateline.core.read.draft.PageType;
import org.dateline.core.read.draft.ReadPage;
import org.dateline.core.source.RawDocument;
import org.junit.jupiter.api.Test;

/**
 * A page judged an index (a front page, a section, a shop's category, a blog's index, a list) after its text was
 * read: the one block content scoring picked is often one box of many (a "most read" box, one row of cards), while
 * the page's text is all its teasers. Read again whole, headlines and all, when that says at least twice as much.
 * Invented pages, one per kind of index.
 */
class IndexPagesReadWholeTest {
    private final HtmlArticleReader reader = new HtmlArticleReader();

    private ReadPage read(String url, String title, String body) throws Exception {
        return read(url, title, "", body);
    }

    private ReadPage read(String url, String title, String head, String body) throws Exception {
        String html = "<html><head><title>" + title + "</title>" + head + "</head><body><header><nav><a href='/'>Home</a>"
                + "<a href='/about'>About us</a><a href='/contact'>Contact</a></nav></header>" + body
                + "<footer><a href='/terms'>Terms of use</a><a href='/privacy'>Privacy</a></footer></body></html>";
        return reader.readPage(RawDocument.of("t.html", html.getBytes(StandardCharsets.UTF_8))
                .withUrl(url).withFormat(RawDocument.Format.HTML));
    }

    private static final String[] TOPICS = {"harbour", "orchard", "railway", "library", "bridge", "market", "school",
        "museum", "ferry", "stadium", "hospital", "theatre"};

    /** Linked teasers, each a headline and one line of summary, in cards made alike. */
    private static String cards(String cls, String headlinePattern, String summaryPattern) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < TOPICS.length; i++) {
            String t = TOPICS[i];
            sb.append("<div class='").append(cls).append("'><h3><a href='/").append(t).append("-").append(i).append("'>")
                    .append(headlinePattern.replace("%s", t)).append("</a></h3><p>")
                    .append(summaryPattern.replace("%s", t)).append("</p></div>");
        }
        return sb.toString();
    }

    @Test
    void aFrontPageIsReadAsAllItsTeasersNotItsMostReadBox() throws Exception {
        StringBuilder box = new StringBuilder("<section class='most-read'><h2>Most read</h2><ol>");
        for (int i = 0; i < 5; i++) {
            box.append("<li><span>").append(i + 1).append("</span><p>The council's long quarrel over the ")
                    .append(TOPICS[i]).append(" ends with a vote nobody expected and a promise of more to come</p></li>");
        }
        box.append("</ol></section>");
        ReadPage p = read("https://news.example/", "Valley News",
                "<div class='grid'>" + cards("card", "Town votes on the future of its %s",
                        "Residents packed the hall to argue over the old %s.") + "</div>" + box);
        assertThat(p.pageType().type()).isEqualTo(PageType.LISTING);
        for (String t : TOPICS) assertThat(p.article().body()).contains("Town votes on the future of its " + t);
    }

    @Test
    void aShopCategoryIsReadAsEveryItemItOffers() throws Exception {
        ReadPage p = read("https://shop.example/collections/lamps", "Lamps",
                "<div class='products'>" + cards("product-card", "Brass %s lamp", "A lamp named for the %s, $49.00")
                        + "</div>");
        for (String t : TOPICS) assertThat(p.article().body()).contains("Brass " + t + " lamp");
    }

    @Test
    void aBlogIndexIsReadAsTheTitlesAndExcerptsOfItsPosts() throws Exception {
        ReadPage p = read("https://blog.example/", "The Engineering Blog",
                cards("post-preview", "What we learned rebuilding the %s service",
                        "A look back at a year of moving the %s service to new machines. Read more"));
        for (String t : TOPICS) {
            assertThat(p.article().body()).contains("What we learned rebuilding the " + t + " service");
        }
    }

    @Test
    void aListPageIsReadAsItsListedNames() throws Exception {
        StringBuilder ul = new StringBuilder("<h1>List of river towns</h1><ul>");
        for (String t : TOPICS) ul.append("<li><a href='/wiki/").append(t).append("'>").append("Upper ")
                .append(t.substring(0, 1).toUpperCase()).append(t.substring(1)).append("ton</a></li>");
        ReadPage p = read("https://wiki.example/wiki/List_of_river_towns", "List of river towns", ul + "</ul>");
        assertThat(p.article().body()).contains("Upper Harbourton", "Upper Theatreton");
    }

    @Test
    void aStoryWithARelatedStoriesBoxKeepsItsStoryAlone() throws Exception {
        String story = "<article><h1>Ferry returns to the valley</h1><p>" + BodyExtractionTest.P1 + "</p><p>"
                + BodyExtractionTest.P2 + "</p><p>" + BodyExtractionTest.P3 + "</p></article>";
        String ld = "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": "
                + "\"Ferry returns to the valley\", \"datePublished\": \"2024-05-06\"}</script>";
        ReadPage p = read("https://news.example/2024/05/06/ferry-returns", "Ferry returns to the valley", ld,
                story + "<aside class='related'>" + cards("promo", "Town votes on the future of its %s",
                        "Residents argued over the old %s.") + "</aside>");
        assertThat(p.pageType().type()).isEqualTo(PageType.ARTICLE);
        assertThat(p.article().body()).contains(BodyExtractionTest.P1).doesNotContain("Town votes");
    }
}
