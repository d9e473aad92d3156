package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.InventedPages.body;
import static org.dateline.core.read.html.InventedPages.paragraphs;

import org.junit.jupiter.api.Test;

/**
 * How far the story reaches: sections in wrappers of their own, tables in figures and scrolling boxes, on invented
 * pages.
 */
class StoryContainersTest {
    private static final String[] SOWING = {
        "Sowing wheat in the autumn gives the plants a long, cool season to root, and most farms in the valley have "
            + "sown their winter varieties by the middle of October, before the first hard frost settles in.",
        "The seed is drilled at a depth of about three centimetres, in rows set close together, so that the young "
            + "leaves shade the soil early, keep the weeds down, and hold the moisture of the autumn rains.",
        "A light roll after drilling presses the soil around the seed, which helps it take up water, although on "
            + "heavy clay the roller is left in the shed, since it would seal the surface after the next downpour.",
    };
    private static final String[] FEEDING = {
        "Nitrogen is best given in two or three parts during the spring, as the crop starts to grow again, rather "
            + "than all at once, which would wash a good part of it into the ditches and the river below.",
        "Farmers who keep cattle spread the muck from the winter yards before ploughing, and then need less of the "
            + "bought fertiliser, although the manure has to be tested, as its strength varies from year to year.",
    };
    private static final String[] HARVEST = {
        "The harvest starts when the grain is hard enough that a thumbnail leaves no mark, usually in late July, "
            + "and the combines then work from the morning dew until the evening, weather allowing.",
        "Grain that comes in damp is dried on the farm or at the cooperative's store, where it is weighed, sampled "
            + "for protein and moisture, and paid for by the tonne at the price the buyers set that week.",
    };

    /** Structured data declaring the page a story of that type, as most publishing systems write it. */
    private static String declared(String type) {
        return "<script type='application/ld+json'>{\"@type\":\"" + type
                + "\",\"headline\":\"Growing wheat\"}</script>";
    }

    /** A section with its heading beside the wrappers that hold its text, as page builders lay out a guide. */
    private static String section(String id, String heading, String... ps) {
        return "<section class='guide-section' id='" + id + "'><h2>" + heading + "</h2><div class='container'>"
                + "<div class='rich-text'>" + paragraphs(ps) + "</div></div></section>";
    }

    @Test
    void aGuideToldInSectionsEachWrappedWithItsHeadingIsReadWhole() throws Exception {
        String html = "<html><head>" + declared("Article") + "</head><body><nav><a href='/'>Home</a> "
                + "<a href='/guides'>Guides</a></nav><div class='guide'>"
                + section("sowing", "Sowing", SOWING) + section("feeding", "Feeding", FEEDING)
                + section("harvest", "Harvest", HARVEST) + "</div></body></html>";
        assertThat(body(html)).contains(SOWING[0], FEEDING[1], HARVEST[0], HARVEST[1], "Feeding");
    }

    @Test
    void theOtherStoriesBesideAnArticleElementAreNotReadThroughItsWrappers() throws Exception {
        String other = "<div class='card'><p>" + FEEDING[0] + "</p></div><div class='card'><p>" + FEEDING[1]
                + "</p></div><div class='card'><p>" + HARVEST[0] + "</p></div><div class='card'><p>" + HARVEST[1]
                + "</p></div>";
        String html = "<html><head>" + declared("NewsArticle") + "</head><body><div class='layout'><div class='column'>"
                + "<article><header>Sowing wheat</header>"
                + "<div class='place'>Lower valley, 3 May</div><div class='story'>" + paragraphs(SOWING)
                + "</div></article><div class='more'>" + other
                + "</div></div></div></body></html>";
        String body = body(html);
        assertThat(body).contains(SOWING[0], SOWING[2]).doesNotContain(FEEDING[0], HARVEST[1]);
    }

    @Test
    void aTableThePublishingSystemWrapsInAFigureIsReadWithTheStory() throws Exception {
        String html = "<html><body><article>" + paragraphs(SOWING) + "<figure class='wp-block-table'><table>"
                + "<tr><th>Variety</th><th>Sowing window</th></tr><tr><td>Hardy red</td><td>late September</td></tr>"
                + "<tr><td>Soft white</td><td>mid October</td></tr></table></figure>" + paragraphs(FEEDING)
                + "<figure class='photo'><img src='field.jpg'><figcaption>A drill at work near the river.</figcaption>"
                + "</figure></article></body></html>";
        assertThat(body(html)).contains("Hardy red", "mid October", FEEDING[1]).doesNotContain("A drill at work");
    }

    @Test
    void aWideTableInABoxThatScrollsSidewaysIsReadWithTheStory() throws Exception {
        String html = "<html><body><article>" + paragraphs(SOWING) + "<div class='overflow-x-scroll'><table>"
                + "<tr><th>Week</th><th>Task</th></tr><tr><td>1</td><td>Plough and harrow the field</td></tr>"
                + "<tr><td>2</td><td>Drill the seed and roll</td></tr></table></div>" + paragraphs(FEEDING)
                + "<div class='news-scroller'><p>Markets: wheat futures rose two percent on Friday.</p></div>"
                + "</article></body></html>";
        assertThat(body(html)).contains("Plough and harrow the field", "Drill the seed and roll")
                .doesNotContain("wheat futures");
    }

    @Test
    void aDataTableInWrappersNamedForScrollingIsReadWithTheStory() throws Exception {
        String html = "<html><body><article>" + paragraphs(SOWING) + "<div class='scrollable-table'>"
                + "<div class='table-scroll'><table><tr><td>Field</td><td>Acres</td><td>Yield</td></tr>"
                + "<tr><td>Upper meadow</td><td>12</td><td>8 tonnes</td></tr>"
                + "<tr><td>River bank</td><td>9</td><td>5 tonnes</td></tr></table></div></div>" + paragraphs(FEEDING)
                + "<div class='headline-scroller'><p>Markets: wheat futures rose two percent on Friday.</p>"
                + "<table><tr><td>Barley</td></tr></table></div></article></body></html>";
        assertThat(body(html)).contains("Upper meadow", "River bank", FEEDING[1])
                .doesNotContain("wheat futures").doesNotContain("Barley");
    }

    @Test
    void aCaptionWrittenAsAParagraphBesideThePictureIsDroppedWhileSmallPrintIsKept() throws Exception {
        String html = "<html><body><article>" + paragraphs(SOWING) + "<div class='picture'><img src='drill.jpg'>"
                + "<p class='imageCaption'>A seed drill at work on a field above the river</p></div>"
                + "<p class='text-caption'>" + FEEDING[0] + "</p>" + paragraphs(HARVEST) + "</article></body></html>";
        assertThat(body(html)).contains(SOWING[1], FEEDING[0], HARVEST[1]).doesNotContain("A seed drill at work");
    }
}
