package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Writers credited by a bare name under the headline, and lone credit labels before a name. */
class NameUnderHeadlineTest {
    private static List<String> authors(String body) {
        Document doc = Jsoup.parse("<html><body>" + body + "</body></html>", "https://news.example.org/2024/tram");
        return Authors.of(doc, JsonLd.of(doc)).people();
    }

    @Test
    void aBareNameFollowedByTheStorysDateIsTheWriter() {
        assertThat(authors("<h1>Tram line opens to the harbour</h1><div><span>Nadia Okonkwo-Berg</span></div>"
                + "<div><span>Mar 4, 2024</span></div><p>The new line carries its first riders this week.</p>"))
                .containsExactly("Nadia Okonkwo-Berg");
    }

    @Test
    void aBareNameFollowedByAJobTitleIsTheWriter() {
        assertThat(authors("<h1>Tram line opens to the harbour</h1><p class=\"lede\">Riders queue early.</p>"
                + "<div><p>Tomas R. Lindqvist</p><p>Senior Transport Reporter</p></div><p>The new line opens.</p>"))
                .containsExactly("Tomas R. Lindqvist");
    }

    @Test
    void aNameAfterAPublishedLabelIsTheWriter() {
        assertThat(authors("<h1>Tram line opens</h1><div>Greta Vos</div><div>Published:</div><div>4 March 2024</div>"
                + "<p>The new line opens.</p>")).containsExactly("Greta Vos");
    }

    @Test
    void aBareNameWithNothingBesideItIsNoCredit() {
        assertThat(authors("<h1>Tram line opens</h1><div>Greta Vos</div><p>The new line carries its first riders, "
                + "who queued from dawn at the harbour stop to be the first aboard.</p>")).isEmpty();
    }

    @Test
    void aLinkedSectionNameAboveTheDateIsNoWriter() {
        assertThat(authors("<h1>Tram line opens</h1><a href=\"/section/city-life\">City Life</a><span>Mar 4, 2024</span>"
                + "<p>The new line opens.</p>")).isEmpty();
    }

    @Test
    void aSubheadingOrAButtonAboveTheDateIsNoWriter() {
        assertThat(authors("<h1>Tram line opens</h1><h2>Harbour Stops</h2><span>Mar 4, 2024</span><p>It opens.</p>"))
                .isEmpty();
        assertThat(authors("<h1>Tram line opens</h1><button>Save Story</button><span>Mar 4, 2024</span><p>It opens.</p>"))
                .isEmpty();
    }

    @Test
    void aNewspapersNameAboveTheDateIsNoWriter() {
        assertThat(authors("<h1>Tram line opens</h1><span>Harbour Gazette</span><span>Mar 4, 2024</span>"
                + "<p>The new line opens.</p>")).isEmpty();
    }

    @Test
    void aNameAndJobUnderACustomersQuoteFurtherDownSignATestimonial() {
        String prose = "Our crews plan every route with the riders' own counts, so the timetable follows the city as it "
                + "grows and changes from one season to the next, and nobody waits long at any stop.";
        assertThat(authors("<h1>Transit planning for cities</h1><p>" + prose + "</p><p>" + prose + "</p>"
                + "<blockquote>" + prose + "</blockquote><div><p>Ines Halvorsen</p><p>Editor at Rail Weekly</p></div>"))
                .isEmpty();
    }

    @Test
    void aCamelCaseClassNamingTheAuthorMarksTheByline() {
        assertThat(authors("<h1>Tram line opens</h1><div class=\"AuthorLink-sc-9x2 kq\"><a href=\"/city/lena-marsh\">"
                + "Lena Marsh</a></div><p>The line opens.</p>")).containsExactly("Lena Marsh");
        assertThat(authors("<h1>Tram line opens</h1><div class=\"AuthorBio-sc-9x2\">Lena Marsh</div><p>It opens.</p>"))
                .isEmpty();
    }

    @Test
    void bylinePartsInTheirOwnElementsAreNotGluedIntoOneWord() {
        assertThat(authors("<h1>Tram line opens</h1><div class=\"byline\"><span>Lena Marsh</span><span>, Senior Analyst"
                + "</span><span>Updated</span></div><p>The line opens.</p>")).containsExactly("Lena Marsh");
    }

    @Test
    void aByLabelEndingInANoBreakSpaceStillPointsToTheNameAfterIt() {
        assertThat(authors("<h1>Tram line opens</h1><span>By&nbsp;</span><span>Lena Marsh</span><p>The line opens.</p>"))
                .containsExactly("Lena Marsh");
    }

    @Test
    void aLongerCreditLabelAloneInItsElementPointsToTheNameAfterIt() {
        assertThat(authors("<h1>Tram line opens</h1><p>Article written by:</p><p>Omar Haddad</p><p>The line opens.</p>"))
                .containsExactly("Omar Haddad");
        assertThat(authors("<h1>Neue Tramlinie</h1><p>Geschrieben von</p><p>Jana Kühn</p><p>Die Linie fährt.</p>"))
                .containsExactly("Jana Kühn");
    }
}
