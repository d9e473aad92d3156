package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * On a page that reports no public affairs (a review, a recipe, a deal) only acts with a public party are events; a
 * news page keeps all its events. Pages written for this test.
 */
class LeisurePagesTest {
    private static final String REVIEW = "The reviewer tested the smartphone for two weeks. Its battery lasted a day, "
            + "the chipset stayed cool and the charger is in the box; the retailer offers a discount at checkout. ";

    private static List<Event> code(String url, String body) {
        Article a = new Article("t", "test", url, null, null, null, null, null, "2023-05-10", false, List.of(), null,
                null, "en", body, "");
        List<Event> es = GoldEvents.PIPELINE.annotate(a).events();
        return es;
    }

    private static Article page(String url, String body) {
        return new Article("t", "test", url, null, null, null, null, null, "2023-05-10", false, List.of(), null, null,
                "en", body, "");
    }

    private static boolean leisurePage(Article a) {
        return LeisurePages.leisurePage(PageWords.of(a), a.url());
    }

    @Test
    void aPageOfPhoneSpecsPricesAndDiscountsIsALeisurePage() {
        assertThat(leisurePage(page(null, REVIEW))).isTrue();
    }

    @Test
    void aPageFiledUnderReviewsIsALeisurePage() {
        assertThat(leisurePage(page("https://example.org/reviews/the-new-phone/", "It is fast.")))
                .isTrue();
    }

    @Test
    void aSingersPageOfSongsAlbumsLyricsAndConcertsIsALeisurePage() {
        assertThat(leisurePage(page(null, "The singer wrote the lyrics of every song on the album and "
                + "will play them at a concert in May."))).isTrue();
    }

    @Test
    void aSiteNumberedCopyOfAFoodSectionIsStillAFoodSection() {
        assertThat(LeisurePages.filedUnderLeisure("https://example.org/food-and-drink-2/a-new-cafe/")).isTrue();
    }

    @Test
    void aFirmSuingAFirmOnAPageFiledUnderDealsIsNoEvent() {
        assertThat(code("https://example.org/deals/phone-of-the-week", "Samsung sued Apple on Monday.")).isEmpty();
    }

    @Test
    void aSectionWordInAStorysOwnTitleFilesItUnderNothing() {
        assertThat(LeisurePages.filedUnderLeisure("https://example.org/2023/11/08/mayor-reviews-budget")).isFalse();
    }

    @Test
    void aPageNamingCourtPoliceAndProsecutorsIsNoLeisurePageWhateverItsSection() {
        assertThat(leisurePage(page("https://example.org/style/x", "The court heard that police "
                + "arrested the designer; prosecutors charged him."))).isFalse();
    }

    @Test
    void theReviewerSlammingThePhoneOnAReviewPageIsNoEvent() {
        assertThat(code(null, REVIEW + "The reviewer slammed the maker for the price on Monday.")).isEmpty();
    }

    @Test
    void aFirmSuingAFirmOnAReviewPageIsNoEvent() {
        assertThat(code(null, REVIEW + "Samsung sued Apple on Monday.")).isEmpty();
    }

    /** A guard: the same suit on a page with no words of leisure is coded, so the page alone dropped it above. */
    @Test
    void aFirmSuingAFirmOffALeisurePageStaysAnAccusation() {
        assertThat(code(null, "Samsung sued Apple on Monday.")).anyMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test
    void theEuFiningAFirmOnAReviewPageStaysAnEvent() {
        assertThat(code(null, REVIEW + "The European Commission fined Samsung on Monday for misleading buyers."))
                .anyMatch(e -> e.type() == EventType.COERCE);
    }

    @Test
    void aStateFiningAFirmOnAReviewPageStaysAnEvent() {
        assertThat(code(null, REVIEW + "France fined Apple on Monday.")).anyMatch(e -> e.type() == EventType.COERCE);
    }

    /** A guard: off a leisure page, the acts of private people keep their events. */
    @Test
    void aNewsPageAboutACourtKeepsItsEvents() {
        List<Event> es = code("https://example.org/news/world/trial", "A court in Paris convicted the designer on "
                + "Monday. His lawyer criticized the judge. Police arrested two protesters outside.");
        assertThat(es).anyMatch(e -> e.type() == EventType.ACCUSE || e.type() == EventType.ASSAULT
                || e.type() == EventType.COERCE);
    }

    private static List<Event> codeUnder(String headline, String body) {
        Article a = new Article("t", "test", null, headline, null, null, null, null, "2023-05-10", false, List.of(), null,
                null, "en", body, "");
        return GoldEvents.PIPELINE.annotate(a).events();
    }

    @Test
    void aFirmSuingAFirmUnderAQuestionHeadlineNamingNoPublicLifeIsNoEvent() {
        assertThat(codeUnder("Why do phones get slower every year?", "Samsung sued Apple on Monday.")).isEmpty();
    }

    @Test
    void aFirmSuingAFirmUnderAGuidesHeadlineIsNoEvent() {
        assertThat(codeUnder("What You Need to Know About Phone Batteries", "Samsung sued Apple on Monday.")).isEmpty();
        assertThat(codeUnder("12 things to know about phone batteries", "Samsung sued Apple on Monday.")).isEmpty();
    }

    /** A guard: the same suit under a plain line of news is coded, so the headline's shape dropped it above. */
    @Test
    void aFirmSuingAFirmUnderAPlainHeadlineStaysAnAccusation() {
        assertThat(codeUnder("Samsung sues Apple over phone batteries", "Samsung sued Apple on Monday."))
                .anyMatch(e -> e.type() == EventType.ACCUSE);
    }

    /** A guard: a question over a page that names the senate, the governor and a court is a news story. */
    @Test
    void aQuestionHeadlineOverAPageOfPublicLifeKeepsItsEvents() {
        assertThat(codeUnder("Will the Senate pass the battery bill?", "The senate and the governor argued over the "
                + "bill; a court will rule. Samsung sued Apple on Monday.")).anyMatch(e -> e.type() == EventType.ACCUSE);
    }
}
