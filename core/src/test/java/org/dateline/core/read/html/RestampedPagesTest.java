package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dateline.core.read.draft.PublicationDateChooser;
import org.dateline.core.source.RawDocument;
import org.dateline.model.DateCandidate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Pages whose data was stamped again after the story first ran, and dates a page shows that are not the story's. */
class RestampedPagesTest {
    private static List<DateCandidate> dates(String html, String url) {
        Document doc = Jsoup.parse(html);
        return PageDates.of(doc, JsonLd.of(doc), url, Headline.of(doc, JsonLd.of(doc)));
    }

    private static String chosen(String html, String url) {
        return PublicationDateChooser.choose(dates(html, url), null,
                RawDocument.of("test", html.getBytes(StandardCharsets.UTF_8)).withUrl(url), "").value();
    }

    @Test
    void aChangeWordAfterTheDateLabelsTheChangeNotTheDate() {
        assertThat(SeenDates.labelledChange("March 3, 2021 / 9:17 AM / Updated 2 hours ago",
                DateText.NumericOrder.of("en-US"))).isFalse();
        assertThat(SeenDates.labelledChange("Updated March 4, 2021", DateText.NumericOrder.of("en-US"))).isTrue();
        assertThat(SeenDates.labelledChange("Published 3 May 2021, updated 5 May 2021",
                DateText.NumericOrder.of("en-GB"))).isFalse();
    }

    @Test
    void aDayShownAboveTheHeadlineBeforeStampsThatAreTheChangeStampItselfIsTheFirstPublication() {
        String stamp = "2021-03-04T08:40:00+0000";
        String html = "<html><head><meta property=\"article:published_time\" content=\"" + stamp + "\">"
                + "<meta property=\"article:modified_time\" content=\"" + stamp + "\"></head><body>"
                + "<div class=\"story-header\"><div class=\"story-date\">March 3, 2021 / 9:17 PM / Updated 11 hours ago"
                + "</div><h1>Ferry crews vote to strike over rosters</h1></div>"
                + "<p>Crews on the island ferries voted to strike over new rosters, their union said.</p></body></html>";
        assertThat(chosen(html, "https://news.example.org/ferry-crews-vote")).isEqualTo("2021-03-03");
    }

    @Test
    void aDayShownTheDayBeforeAPublicationStampOfItsOwnIsLeftToTheStamp() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2021-03-04T08:40:00+0000\">"
                + "<meta property=\"article:modified_time\" content=\"2021-03-04T10:00:00+0000\"></head><body>"
                + "<div class=\"story-header\"><div class=\"story-date\">March 3, 2021 / 9:17 PM</div>"
                + "<h1>Ferry crews vote to strike over rosters</h1></div>"
                + "<p>Crews on the island ferries voted to strike over new rosters, their union said.</p></body></html>";
        assertThat(chosen(html, "https://news.example.org/ferry-crews-vote")).isEqualTo("2021-03-04");
    }

    @Test
    void aDateInTheSitesBannerIsThePagesClockNotTheStorysDay() {
        String html = "<html><body><header><div class=\"logo\">Valley Times</div><span class=\"date\">Wed, 10 Mar 2021"
                + "</span></header><main><h1>Ferry crews vote to strike</h1><p>Valley Wire<br>9 Mar 2021, 21:40</p>"
                + "<p>Crews on the island ferries voted to strike over new rosters, their union said on Tuesday.</p>"
                + "</main></body></html>";
        Document doc = Jsoup.parse(html);
        assertThat(SeenDates.inSiteHeader(doc.selectFirst("span.date"))).isTrue();
        assertThat(dates(html, null)).extracting(DateCandidate::value).containsExactly("2021-03-09");
    }

    @Test
    void aStorysOwnHeaderWithItsHeadlineIsNotTheSitesBanner() {
        Document doc = Jsoup.parse("<html><body><article><header><h1>Ferry crews vote to strike</h1>"
                + "<span class=\"date\">9 Mar 2021</span></header><p>Text</p></article></body></html>");
        assertThat(SeenDates.inSiteHeader(doc.selectFirst("span.date"))).isFalse();
    }

    @Test
    void anAddressDayYearsBeforeEveryStampIsTheFirstPublication() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"BlogPosting\", "
                + "\"headline\": \"A weekend on the dunes\", \"datePublished\": \"2019-06-17T18:28:00+0200\"}</script>"
                + "</head><body><h1>A weekend on the dunes</h1><p>We walked the dunes for two days.</p></body></html>";
        assertThat(chosen(html, "https://blog.example.org/home/2017/7/12/weekend-dunes")).isEqualTo("2017-07-12");
    }

    @Test
    void anAddressDayAFewDaysBeforeTheStampIsADraftsAndLeavesTheStamp() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"BlogPosting\", "
                + "\"headline\": \"A weekend on the dunes\", \"datePublished\": \"2017-07-15T18:28:00+0200\"}</script>"
                + "</head><body><h1>A weekend on the dunes</h1><p>We walked the dunes for two days.</p></body></html>";
        assertThat(chosen(html, "https://blog.example.org/home/2017/7/12/weekend-dunes")).isEqualTo("2017-07-15");
    }
}
