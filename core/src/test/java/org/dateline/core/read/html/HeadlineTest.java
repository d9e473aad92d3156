package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HeadlineTest {
    private static String headline(String head, String body) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
        return Headline.of(doc, JsonLd.of(doc));
    }

    @Test
    void thePagesOnlyHeadingWinsOverTheTitleWrittenForSearchEngines() {
        String head = "<title>Top 9 Ferry Routes for 2025 | Harbour Guide</title>"
                + "<meta property=\"og:title\" content=\"Top 9 Ferry Routes for 2025\">";
        assertThat(headline(head, "<h1>Nine ferry routes worth the crossing</h1><p>Text</p>"))
                .isEqualTo("Nine ferry routes worth the crossing");
    }

    @Test
    void aSectionLabelRunIntoTheHeadingGivesWayToTheDeclaredTitle() {
        String head = "<meta property=\"og:title\" content=\"Let the harbour board decide the fares\">";
        assertThat(headline(head, "<h1><span>Opinion</span> Let the harbour board decide the fares</h1>"))
                .isEqualTo("Let the harbour board decide the fares");
    }

    @Test
    void aHeadingThatHoldsTheSiteLogoIsNoHeadline() {
        String head = "<meta property=\"og:site_name\" content=\"Harbour Guide\">"
                + "<meta property=\"og:title\" content=\"Ferry fares rise in spring\">";
        assertThat(headline(head, "<h1><img src=\"logo.png\" alt=\"\">Harbour Guide</h1><p>Text</p>"))
                .isEqualTo("Ferry fares rise in spring");
    }

    @Test
    void aShortBlogNameInTheOnlyHeadingThatSharesNoWordWithTheTitleIsNoHeadline() {
        String head = "<meta property=\"og:title\" content=\"Ferry fares rise in spring\">";
        assertThat(headline(head, "<h1>Our Blog</h1><p>Text</p>")).isEqualTo("Ferry fares rise in spring");
    }

    @Test
    void thePermalinkSignOfADocumentationHeadingIsDropped() {
        String head = "<title>Middleware | Framework documentation</title>";
        assertThat(headline(head, "<h1>Middleware<a class=\"headerlink\" href=\"#m\">\u00b6</a></h1>"))
                .isEqualTo("Middleware");
    }

    @Test
    void theSitesNameFromItsHostIsStrippedBeforeTheTitle() {
        Document doc = Jsoup.parse("<html><head><title>HarbourWatch - Ferry fares rise for the third year in a row"
                + "</title></head><body><p>Text</p></body></html>", "https://www.harbourwatch.org/story/1");
        assertThat(Headline.of(doc, JsonLd.of(doc))).isEqualTo("Ferry fares rise for the third year in a row");
    }

    @Test
    void aNoteOfTheMediaThePageHoldsIsNoPartOfTheHeadline() {
        assertThat(headline("<meta property=\"og:title\" content=\"Seals return to the old harbour (Video)\">",
                "<p>Text</p>")).isEqualTo("Seals return to the old harbour");
    }

    @Test
    void aBracketedPartThatIsNoMediaNoteStays() {
        assertThat(headline("<meta property=\"og:title\" content=\"Seals return to the old harbour (Again)\">",
                "<p>Text</p>")).isEqualTo("Seals return to the old harbour (Again)");
    }

    @Test
    void aHeadingThatEndsInTheSitesNameLosesIt() {
        Document doc = Jsoup.parse("<html><head><meta property=\"og:title\" content=\"Seals return to the old harbour"
                + " \u2013 HarbourWatch\"></head><body><h1>Seals return to the old harbour \u2013 HarbourWatch</h1>"
                + "<p>Text</p></body></html>", "https://www.harbourwatch.org/story/1");
        assertThat(Headline.of(doc, JsonLd.of(doc))).isEqualTo("Seals return to the old harbour");
    }
    private static String offerTitle(String head, String body, String headline) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
        return Headline.ofOfferPage(doc, JsonLd.of(doc), headline);
    }

    @Test
    void aLandingPagesTaglineGivesWayToTheTitleThatNamesWhatItOffers() {
        String head = "<title>Crane Hire for Small Ports | Quayside Lifting</title>"
                + "<meta property=\"og:site_name\" content=\"Quayside Lifting\">";
        assertThat(offerTitle(head, "<h1>Your cargo. Your schedule.</h1>", "Your cargo. Your schedule."))
                .isEqualTo("Crane Hire for Small Ports");
    }

    @Test
    void aLandingPagesHeadingThatNamesTheOfferStaysItsHeadline() {
        String head = "<title>Crane Hire for Small Ports | Quayside Lifting</title>";
        assertThat(offerTitle(head, "<h1>Crane hire for small ports</h1>", "Crane hire for small ports")).isNull();
        assertThat(offerTitle("", "<h1>Your cargo. Your schedule.</h1>", "Your cargo. Your schedule.")).isNull();
        assertThat(offerTitle("<title>Berths - Quay Manual</title>", "<h1>Berths</h1>", "Berths")).isNull();
    }
}
