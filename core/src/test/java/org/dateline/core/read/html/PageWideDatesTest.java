package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.DateCandidate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The last places a date hides, asked when the page's markup gave none (through PageDates, as the reader asks). */
class PageWideDatesTest {
    private static List<String> stamps(String html, String url) {
        Document doc = Jsoup.parse(html);
        JsonLd ld = JsonLd.of(doc);
        return PageDates.of(doc, ld, url, Headline.of(doc, ld)).stream().map(c -> c.value() + " " + c.origin()).toList();
    }

    private static List<String> stamps(String html) {
        return stamps(html, null);
    }

    @Test
    void aDateAfterAPublicationLabelFarBelowTheHeadlineIsTaken() {
        String filler = "<p>" + "Die Folge handelt von Sternen und Teilchen. ".repeat(30) + "</p>";
        String html = "<html lang=\"de\"><body><h1>Folge 12: Sterne</h1>" + filler
                + "<p>Ver\u00f6ffentlicht am 16.08.2019<br>Dauer: 1 Stunde</p></body></html>";
        assertThat(stamps(html)).containsExactly("2019-08-16 labelled");
    }

    @Test
    void aDateLabelledAsAChangeIsNotTakenAsThePublication() {
        String filler = "<p>" + "Kinder und Arbeit in vielen L\u00e4ndern. ".repeat(30) + "</p>";
        String html = "<html lang=\"de\"><body><h1>Kinderarbeit</h1>" + filler
                + "<p>Aktualisiert: 30.12.2016</p></body></html>";
        assertThat(stamps(html)).doesNotContain("2016-12-30 labelled");
    }

    @Test
    void aDateInThePageTitleIsTheDateOfAReportNamedForIt() {
        String html = "<html lang=\"de\"><head><title>Bericht zur Lage vom 22.04.2020 - Die Seite</title></head>"
                + "<body><h1>Bericht zur Lage</h1><p>Text ohne Datum.</p></body></html>";
        assertThat(stamps(html)).containsExactly("2020-04-22 title");
    }

    @Test
    void aPublicationKeyInThePagesOwnScriptDataIsRead() {
        String html = "<html><body><h1>Coffee beans</h1><p>Roasted weekly.</p><script>var product = {\"title\":"
                + "\"Beans\",\"published_at\":\"2019-03-02T06:22:28+01:00\",\"vendor\":\"Roaster\"};</script>"
                + "</body></html>";
        assertThat(stamps(html)).containsExactly("2019-03-02 script");
    }

    @Test
    void theUploadPathOfTheShareImageDatesAPageWithNothingElse() {
        String html = "<html><head><meta property=\"og:image\" content=\"https://example.org/files/2016/05/04/cover.png\">"
                + "</head><body><h1>Annual report</h1><p>Our year in review.</p></body></html>";
        assertThat(stamps(html)).containsExactly("2016-05-04 image-url");
    }

    @Test
    void theFirstShortTextThatIsADateStampsAPageWithoutMarkup() {
        String html = "<html><body><div>Main menu</div><table><tr><td>By harbourfan</td>"
                + "<td>2020-03-04 16:52:59</td></tr></table><p>The harbour reopened after the storm, said the mayor on"
                + " 2 January 2021 and again later.</p><p>2021-01-02 10:00</p></body></html>";
        assertThat(stamps(html)).containsExactly("2020-03-04 page-text");
    }

    @Test
    void aDateInABlockNamedDatumOrFechaIsTheStamp() {
        assertThat(stamps("<html lang=\"de\"><body><p class=\"newsdatum\">Samstag, 19. Juli 2014</p>"
                + "<h2>Parteitag</h2><p>Text</p></body></html>")).containsExactly("2014-07-19 text");
        assertThat(stamps("<html lang=\"es\"><body><span id=\"fecha-nota\">3 de mayo de 2021</span>"
                + "<h2>Feria</h2><p>Texto</p></body></html>")).containsExactly("2021-05-03 text");
    }

    @Test
    void aTwoDigitYearInADateBlockIsRead() {
        assertThat(stamps("<html lang=\"de\"><body><div class=\"date\"> Party, 30.10.23 </div><h1>Kost\u00fcme</h1>"
                + "<p>Text</p></body></html>")).containsExactly("2023-10-30 text");
    }

    @Test
    void theUrlDayGoesFirstWhenAUtcStampIsOneDayOffIt() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2020-02-18T02:18:11Z\"></head>"
                + "<body><h1>Star speaks</h1><p>Text</p></body></html>";
        assertThat(stamps(html, "https://example.com/2020/02/17/star-speaks/"))
                .containsExactly("2020-02-17 url", "2020-02-17 reader", "2020-02-18 meta");
    }

    @Test
    void aUtcStampNoTimeZoneCouldMoveToTheUrlDayKeepsItsPlace() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2020-02-18T17:45:00Z\"></head>"
                + "<body><h1>Star speaks</h1><p>Text</p></body></html>";
        assertThat(stamps(html, "https://example.com/2020/02/17/star-speaks/"))
                .containsExactly("2020-02-18 meta", "2020-02-17 url");
        String late = html.replace("2020-02-18T17:45:00Z", "2020-02-16T23:01:00Z");
        assertThat(stamps(late, "https://example.com/2020/02/17/star-speaks/"))
                .containsExactly("2020-02-17 url", "2020-02-17 reader", "2020-02-16 meta");
    }

    @Test
    void aStampWithTheWritersOwnOffsetKeepsItsPlaceBeforeTheUrl() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2020-02-18T02:18:11+01:00\">"
                + "</head><body><h1>Star speaks</h1><p>Text</p></body></html>";
        assertThat(stamps(html, "https://example.com/2020/02/17/star-speaks/"))
                .containsExactly("2020-02-18 meta", "2020-02-17 url");
    }

    @Test
    void aShortTextSayingThePageWasModifiedIsNoStampOfItsPublication() {
        String html = "<html><body><h1>Penny</h1><p>Penny lives in the trailer by the river.</p>"
                + "<div>Last modified on 4 November 2020</div></body></html>";
        assertThat(stamps(html)).containsExactly("2020-11-04 modified");
    }

    @Test
    void aBlockNamedForItsCreationHoldsTheDate() {
        String html = "<html lang=\"ar\"><body><h1>\u0627\u0644\u062e\u0628\u0631</h1><div class=\"article_created\">"
                + "\u0627\u0644\u062c\u0645\u0639\u0629 24 \u0623\u0628\u0631\u064a\u0644 2020 09:22</div><p>\u0646\u0635</p></body></html>";
        assertThat(stamps(html)).containsExactly("2020-04-24 text");
    }

    @Test
    void thePagesClockInAForumHeaderIsNotItsDate() {
        String html = "<html lang=\"de\"><body><div class=\"datetime\">Aktuelles Datum und Uhrzeit: 11.02.2020, 19:22</div>"
                + "<h1>Forenregeln</h1><div class=\"post-date\">26.10.13</div><p>Bitte freundlich bleiben.</p></body></html>";
        assertThat(stamps(html)).containsExactly("2013-10-26 text");
    }

    @Test
    void aMonthNamedInTwoCalendarsNamesIsRead() {
        assertThat(DateText.parse("\u0627\u0644\u062c\u0645\u0639\u0629 24 \u0646\u064a\u0633\u0627\u0646 / "
                + "\u0623\u0628\u0631\u064a\u0644 2020 09:22")).isEqualTo(java.time.LocalDate.of(2020, 4, 24));
        assertThat(DateText.parse("3 \u0622\u0630\u0627\u0631 2021")).isEqualTo(java.time.LocalDate.of(2021, 3, 3));
    }

    @Test
    void aTimestampToTheSecondWrittenByAScriptDatesAPageWithNothingElse() {
        String html = "<html><body><h1>Night walk</h1><div class=\"info\"><script>showDate(\"2020/04/17 01:43:09\")"
                + "</script> 7 views</div><p>We walked along the river until late.</p></body></html>";
        assertThat(stamps(html)).containsExactly("2020-04-17 timestamp");
    }

    @Test
    void theDateReadersSeeDecidesBetweenDisagreeingStamps() {
        String html = "<html lang=\"de\"><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                + "\"headline\": \"Mit dem Bus durch Schweden\", \"datePublished\": \"2022-01-04T07:29:00Z\"}</script>"
                + "<meta property=\"article:published_time\" content=\"2022-01-06T08:29:34\"></head><body>"
                + "<h1>Mit dem Bus durch Schweden</h1><div class=\"article-date\">06.01.2022</div><p>Text</p></body></html>";
        assertThat(stamps(html)).startsWith("2022-01-06 reader");
        String unseen = html.replace("06.01.2022", "09.01.2022");
        assertThat(stamps(unseen)).containsExactly("2022-01-04 json-ld", "2022-01-06 meta");
    }

    @Test
    void aVisibleDateThatIsOnlyTheChangeStampDecidesNothing() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2023-10-02T14:21:11Z\"></head>"
                + "<body><h1>What is an app</h1><time class=\"updated\" datetime=\"2024-12-06T11:29:12Z\">Dec 6</time>"
                + "<span class=\"post-date\">December 6, 2024</span><p>Text</p></body></html>";
        assertThat(stamps(html)).containsExactly("2023-10-02 meta", "2024-12-06 modified");
    }

    @Test
    void theDayAPageWithoutStampsNamesMostOftenIsItsDate() {
        String html = "<html lang=\"it\"><head><meta name=\"description\" content=\"Lupi in valle (Notizia del "
                + "3 Marzo 2021)\"></head><body><h1>Lupi in valle</h1><p>I guardiaparco hanno seguito le tracce per "
                + "tutto l'inverno. Il censimento del 12 febbraio 2020 aveva contato sei lupi; quello chiuso il 3 marzo "
                + "2021 ne conta nove, come detto nella riunione con i sindaci della valle.</p>"
                + "</body></html>";
        assertThat(stamps(html)).containsExactly("2021-03-03 most-written");
    }

    @Test
    void aDateToldInTheStorysProseIsNotTheStampUnderTheHeadline() {
        String html = "<html lang=\"de\"><body><h1>Kader nominiert</h1><p>Der Teamchef hat den Kader f\u00fcr die "
                + "Begegnung gegen Brasilien (4. und 5. M\u00e4rz 2022 in Rio) bekanntgegeben und zwei neue Spieler "
                + "berufen, die bisher nur in der Jugend spielten.</p></body></html>";
        assertThat(stamps(html)).doesNotContain("2022-03-05 headline-text");
        String stamped = html.replace("<h1>Kader nominiert</h1>", "<h1>Kader nominiert</h1><p>Bonn, 02.02.2022</p>");
        assertThat(stamps(stamped)).containsExactly("2022-02-02 headline-text");
        String dateline = html.replace("<p>Der Teamchef", "<p>Bonn, (02.02.2022). Der Teamchef");
        assertThat(stamps(dateline)).containsExactly("2022-02-02 headline-text");
    }

    @Test
    void aDayTheTextCallsAChangeIsNotCountedAsThePagesDate() {
        String html = "<html><body><h1>Setting up the tool</h1><p>Install it with the package manager and run it "
                + "once. Last updated on March 6, 2026 by the docs team.</p></body></html>";
        assertThat(stamps(html)).isEmpty();
    }

    @Test
    void aPageWithAChangeStampIsNotDatedByTheDaysItsTextNames() {
        String html = "<html><head><meta property=\"article:modified_time\" content=\"2021-05-02T10:00:00Z\">"
                + "</head><body><h1>Harbour works</h1><p>The council told residents of the old quarter that the works "
                + "began on 4 January 2019 and will end in a year, when the new quay opens to the ferries and the fishing boats.</p>"
                + "</body></html>";
        assertThat(stamps(html)).containsExactly("2021-05-02 modified");
    }
}
