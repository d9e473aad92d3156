package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The page type's run of teaser cards is read from the page the body reading cleans, before any story block is
 * cleaned in turn: the same cards a fresh copy of the page cleaned for reading shows. Invented pages.
 */
class TeaserCardsReadOnceTest {
    private static String card(int i) {
        return "<div class='card'><h3><a href='/courses/" + i + "'>Evening course number " + i + " in pottery</a></h3>"
                + "<p>Six weeks on Tuesday evenings at the old school hall, clay and glazes included in the fee.</p></div>";
    }

    private static String catalogue() {
        StringBuilder sb = new StringBuilder("<html><head><title>Courses</title></head><body><nav><a href='/'>Home</a>"
                + "<a href='/courses'>Courses</a></nav><main><h1>Evening courses</h1>");
        for (int i = 1; i <= 8; i++) sb.append(card(i));
        return sb.append("</main><footer>The old school hall, Mill Lane</footer></body></html>").toString();
    }

    @Test
    void theCardsTheBodyReadingTakesAreTheCardsOfAFreshCleanedCopy() {
        String html = catalogue();
        Document doc = Jsoup.parse(html);
        BodyExtractor.Body body = BodyExtractor.read(doc, JsonLd.NONE, () -> Jsoup.parse(html), false, false, true, true);
        TeaserCards fresh = TeaserCards.of(BodyExtractor.cleanedMain(Jsoup.parse(html)));
        assertThat(body.cards()).isEqualTo(fresh);
        assertThat(fresh.cards()).isEqualTo(8);
    }

    @Test
    void noCardsAreReadWhenThePageTypeWillNotAskForThem() {
        String html = catalogue();
        BodyExtractor.Body body = BodyExtractor.read(Jsoup.parse(html), JsonLd.NONE, () -> Jsoup.parse(html), false,
                false, true, false);
        assertThat(body.cards()).isNull();
    }
}
