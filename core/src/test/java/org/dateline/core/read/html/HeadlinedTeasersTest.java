package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.dateline.core.read.draft.PageType;
import org.dateline.core.read.draft.ReadPage;
import org.dateline.core.source.RawDocument;
import org.junit.jupiter.api.Test;

/**
 * An index page that calls itself an article (site software stamps "Article" on every page) is told by its teasers:
 * cards with a linked headline each, bare of prose or each dated and signed as the story it points to. A list
 * article whose entries hold the writer's own prose, and a story beside a box of related links, stay articles.
 * Invented pages.
 */
class HeadlinedTeasersTest {
    private final HtmlArticleReader reader = new HtmlArticleReader();

    private static final String[] TOPICS = {"harbour", "orchard", "railway", "library", "bridge", "market", "school",
        "museum", "ferry", "stadium"};
    private static final String PLAIN_ARTICLE = "<meta property='og:type' content='article'>";

    private ReadPage read(String url, String head, String body) throws Exception {
        String html = "<html><head><title>Valley</title>" + head + "</head><body><header><nav><a href='/'>Home</a>"
                + "<a href='/about'>About us</a></nav></header><main>" + body
                + "</main><footer><a href='/terms'>Terms of use</a></footer></body></html>";
        return reader.readPage(RawDocument.of("t.html", html.getBytes(StandardCharsets.UTF_8))
                .withUrl(url).withFormat(RawDocument.Format.HTML));
    }

    private static String lead() {
        return "<h1>Valley awards</h1><p>" + BodyExtractionTest.P1 + "</p>";
    }

    @Test
    void anAwardsPageOfBareHeadlinedWinnersIsAListing() throws Exception {
        StringBuilder sb = new StringBuilder(lead()).append("<div class='winners'>");
        for (String t : TOPICS) {
            sb.append("<div class='winner'><h3><a href='/awards/").append(t).append("'>Best new ").append(t)
                    .append(" of the year</a></h3><span>Winner</span><span>Studio ").append(t).append(" and partners")
                    .append("</span></div>");
        }
        ReadPage p = read("https://design.example/awards/best-of-year/", PLAIN_ARTICLE, sb + "</div>");
        assertThat(p.pageType().type()).isEqualTo(PageType.LISTING);
        assertThat(p.article().body()).contains("Best new harbour of the year", "Best new stadium of the year");
    }

    @Test
    void aSectionOfGuidesEachSignedAndDatedIsAListingWhateverItsByline() throws Exception {
        StringBuilder sb = new StringBuilder("<h1>Electronics</h1>");
        for (String t : TOPICS) {
            sb.append("<section class='guide'><h2><a href='/guides/").append(t).append("'>The best ").append(t)
                    .append(" speakers</a></h2><p>We listened to more than a dozen pairs of speakers built for the ")
                    .append(t).append(" and picked the one that sounds best for the money, with two more for other tastes.")
                    .append("</p><p class='byline'>by Jane Roe</p><time datetime='2024-03-0").append(1 + t.length() % 9)
                    .append("'>March 2024</time></section>");
        }
        ReadPage p = read("https://reviews.example/electronics/", PLAIN_ARTICLE, sb.toString());
        assertThat(p.pageType().type()).isEqualTo(PageType.LISTING);
        assertThat(p.article().byline()).isNull();
    }

    @Test
    void aListArticleWhoseEntriesHoldTheWritersProseStaysAnArticle() throws Exception {
        StringBuilder sb = new StringBuilder("<h1>Ten places to eat by the water</h1>");
        for (String t : TOPICS) {
            sb.append("<article class='entry'><h2><a href='/venues/").append(t).append("'>The ").append(t)
                    .append(" kitchen</a></h2><p>Set beside the old ").append(t).append(", this small room serves ")
                    .append("a short menu of fish from the morning boats, and its owners bake the bread themselves ")
                    .append("before dawn; book a table by the window when the evening light comes in.</p></article>");
        }
        ReadPage p = read("https://food.example/2024/05/places-by-the-water", PLAIN_ARTICLE, sb.toString());
        assertThat(p.pageType().type()).isEqualTo(PageType.ARTICLE);
    }

    @Test
    void aStoryBesideABoxOfDatedRelatedHeadlinesStaysAnArticle() throws Exception {
        StringBuilder box = new StringBuilder("<div class='more'>");
        for (int i = 0; i < 5; i++) {
            box.append("<div class='teaser'><h3><a href='/news/").append(TOPICS[i]).append("'>Council to vote on the ")
                    .append(TOPICS[i]).append("</a></h3><time datetime='2024-05-0").append(i + 1)
                    .append("'>May 2024</time></div>");
        }
        String story = "<h1>Ferry returns to the valley</h1>" + InventedPages.paragraphs(BodyExtractionTest.P1,
                BodyExtractionTest.P2, BodyExtractionTest.P3);
        ReadPage p = read("https://news.example/2024/05/06/ferry-returns", PLAIN_ARTICLE, story + box + "</div>");
        assertThat(p.pageType().type()).isEqualTo(PageType.ARTICLE);
        assertThat(p.article().body()).contains(BodyExtractionTest.P1).doesNotContain("Council to vote");
    }

    @Test
    void cardsWithoutLinkedHeadlinesAreNoTeasersOfOtherStories() {
        StringBuilder sb = new StringBuilder("<main>");
        for (String t : TOPICS) {
            sb.append("<div class='step'><h3>Clean the ").append(t).append("</h3><span>See <a href='/tools'>tools</a>")
                    .append("</span></div>");
        }
        HeadlinedTeasers run = HeadlinedTeasers.of(org.jsoup.Jsoup.parse(sb + "</main>").body());
        assertThat(run.holdThePage(0)).isFalse();
    }
}
