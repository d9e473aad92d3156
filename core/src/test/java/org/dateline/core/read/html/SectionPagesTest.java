package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.BodyExtractionTest.P1;
import static org.dateline.core.read.html.BodyExtractionTest.P2;
import static org.dateline.core.read.html.BodyExtractionTest.P3;

import java.nio.charset.StandardCharsets;

import org.dateline.core.read.draft.PageType;
import org.dateline.core.read.draft.ReadPage;
import org.dateline.core.source.RawDocument;
import org.junit.jupiter.api.Test;

/**
 * Pages whose text no single block holds: a service or landing page tells it in sections side by side (a heading
 * and a few lines each), and readability's one best block is one section of many. Invented pages.
 */
class SectionPagesTest {
    private static final String[][] SECTIONS = {
        {"Catering for every occasion", "From a quiet breakfast meeting to a wedding of two hundred guests, our kitchen "
                + "bakes, packs and delivers, and our staff can stay to serve."},
        {"Bread baked before dawn", "Every loaf is shaped by hand, proved overnight, and baked in a stone oven, so "
                + "that it reaches your table on the morning it was made."},
        {"Cakes made to order", "Tell us the size, the flavour and the date, and we will sketch a design, agree a "
                + "price with you, and have it ready a day early."},
        {"Delivery across the valley", "Our two vans cover the valley towns six days a week, and orders placed "
                + "before noon arrive, boxed and chilled, the next morning."},
        {"Questions we hear often", "We bake with butter from the local dairy, label every allergen on the box, "
                + "and can make most of our range without gluten on request."},
    };

    private final HtmlArticleReader reader = new HtmlArticleReader();

    private ReadPage read(String head, String body) throws Exception {
        String html = "<html><head><title>Valley Bakery</title>" + head + "</head><body><header><a href='/'>Home</a>"
                + "<a href='/menu'>Menu</a></header>" + body + "<footer><a href='/jobs'>Jobs</a></footer></body></html>";
        return reader.readPage(RawDocument.of("t.html", html.getBytes(StandardCharsets.UTF_8))
                .withUrl("https://bakery.example/catering").withFormat(RawDocument.Format.HTML));
    }

    private static String sections() {
        StringBuilder sb = new StringBuilder();
        for (String[] s : SECTIONS) {
            sb.append("<section class='band'><div class='container'><div class='row'><div class='col'><h2>").append(s[0])
                    .append("</h2><p>").append(s[1]).append("</p></div></div></div></section>");
        }
        return sb.append("<p><a class='btn' href='/contact'>Ask for a quote</a></p>").toString();
    }

    @Test
    void aPageThatTellsItsTextInSectionsSideBySideIsReadWhole() throws Exception {
        ReadPage p = read("", sections());
        String body = p.article().body();
        for (String[] s : SECTIONS) assertThat(body).contains(s[0], s[1]);
        assertThat(body).doesNotContain("Home", "Jobs");
    }

    @Test
    void aPageReadFromSectionsIsNoStory() throws Exception {
        ReadPage p = read("", sections());
        assertThat(p.pageType().type()).isEqualTo(PageType.OTHER);
        assertThat(p.pageType().reason()).contains("sections");
        assertThat(p.isArticle()).isFalse();
    }

    @Test
    void aPageThatDeclaresAnArticleIsReadAsItsOneStoryBesideOtherSections() throws Exception {
        String ld = "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Barrier\"}</script>";
        ReadPage p = read(ld, "<article><div class='story'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div></article>" + sections());
        assertThat(p.article().body().split("\n\n")).containsExactly(P1, P2, P3);
        assertThat(p.pageType().type()).isEqualTo(PageType.ARTICLE);
    }

    @Test
    void aStoryThatHoldsMostOfAnUndeclaredPageIsReadAsTheStoryAlone() throws Exception {
        String story = "<div class='story'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1.replace("Monday", "Tuesday")
                + "</p><p>" + P2.replace("old", "first") + "</p></div>";
        String box = "<section class='band'><div><h2>" + SECTIONS[0][0] + "</h2><p>" + SECTIONS[0][1] + "</p></div></section>";
        ReadPage p = read("", "<main>" + story + box + "</main>");
        assertThat(p.article().body()).startsWith(P1).doesNotContain(SECTIONS[0][1]);
        assertThat(p.pageType().type()).isEqualTo(PageType.ARTICLE);
    }

    /** A front page: sections of a few teasers each (a linked headline and a line of summary). */
    private static String frontPage(int sections) {
        StringBuilder sb = new StringBuilder("<main>");
        for (int s = 1, i = 1; s <= sections; s++) {
            sb.append("<section><h2>Section ").append(s).append("</h2>");
            for (int k = 0; k < 4; k++, i++) {
                sb.append("<div class='card'><h3><a href='/story/").append(i).append("'>Valley council approves plan number ")
                        .append(i).append("</a></h3><p>The council voted on decision ").append(i)
                        .append(", which covers roads, schools and the new library, after a long debate.</p></div>");
            }
            sb.append("</section>");
        }
        return sb.append("</main>").toString();
    }

    @Test
    void anIndexPageIsReadWholeWithItsLinkedHeadlines() throws Exception {
        ReadPage p = read("", frontPage(3));
        assertThat(p.article().body()).contains("Valley council approves plan number 1", "decision 1,",
                "Valley council approves plan number 12", "decision 12,");
        assertThat(p.pageType().type()).isEqualTo(PageType.LISTING);
    }

    @Test
    void aLongStoryBesideManyLinkedHeadlinesIsReadAsTheStoryAlone() throws Exception {
        StringBuilder story = new StringBuilder("<div class='story'>");
        // each part told apart by a closing sentence: a passage said twice word for word is read once
        for (int i = 0; i < 4; i++) {
            String end = i == 0 ? "" : " So ends part " + (i + 1) + ".";
            story.append("<p>").append(P1).append(end).append("</p><p>").append(P2).append(end).append("</p><p>")
                    .append(P3).append(end).append("</p>");
        }
        ReadPage p = read("", "<div class='page'>" + story.append("</div>") + frontPage(3).replace("main", "div") + "</div>");
        assertThat(p.article().body()).startsWith(P1).doesNotContain("Valley council approves plan");
        assertThat(p.pageType().type()).isEqualTo(PageType.ARTICLE);
    }
}
