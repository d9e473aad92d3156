package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.dateline.core.source.RawDocument;
import org.junit.jupiter.api.Test;

/**
 * A bare time stamp over a story is the page's date, not its text; a line with any other word is kept. On invented
 * lines and pages.
 */
class TimeStampsTest {
    private static final String[] STORY = {
        "The city council voted on Monday to extend the night bus service to the airport, after two years of "
            + "complaints from cleaners and kitchen staff who start their shifts before the first train.",
        "The new route will run every half hour from midnight, the council said, and will be paid for out of the "
            + "parking fund until the regional transport board takes it over next spring.",
    };

    private final HtmlArticleReader reader = new HtmlArticleReader();

    private String body(String html) throws Exception {
        return reader.read(RawDocument.of("test.html", html.getBytes(StandardCharsets.UTF_8))
                .withFormat(RawDocument.Format.HTML)).body();
    }

    private static String story(String top) {
        return "<html><body><article><h1>Night buses reach the airport</h1><p>" + top + "</p><p>" + STORY[0]
                + "</p><p>" + STORY[1] + "</p></article></body></html>";
    }

    @Test
    void aDateWithItsClockTimeAndZoneIsBare() {
        assertThat(TimeStamps.isBare("December 17, 2023, 12:34 PM")).isTrue();
        assertThat(TimeStamps.isBare("Dec 17, 2023,03:53am EST")).isTrue();
        assertThat(TimeStamps.isBare("December 22, 2023 \u2014 4.00pm")).isTrue();
        assertThat(TimeStamps.isBare("15 Dec, 2025")).isTrue();
    }

    @Test
    void aWeekdayAndTheSameDayWrittenInNumbersAreStillBare() {
        assertThat(TimeStamps.isBare("Saturday December 30, 2023 10:00 PM EST 12/30/2023 10:00 PM")).isTrue();
        assertThat(TimeStamps.isBare("Monday, September 8, 2008")).isTrue();
    }

    @Test
    void aLineWithAnyOtherWordIsNoBareStamp() {
        assertThat(TimeStamps.isBare("Release date Dec 8, 2023")).isFalse();
        assertThat(TimeStamps.isBare("October 11, 2023 by Jane Roe")).isFalse();
        assertThat(TimeStamps.isBare("The vote of March 3, 2024")).isFalse();
        assertThat(TimeStamps.isBare("12:30 PM")).isFalse();
    }

    @Test
    void theStampOverAStoryGoesFromItsText() throws Exception {
        assertThat(body(story("December 22, 2023 10:04 PM")).split("\n\n")).containsExactly(STORY);
    }

    @Test
    void aShortLineOverAStoryThatSaysMoreThanTheDateStays() throws Exception {
        assertThat(body(story("Released on March 3, 2024 by the council's press office"))).startsWith("Released on");
    }

    @Test
    void aDateInsideTheStoryStaysWhereItIs() throws Exception {
        String html = "<html><body><article><p>" + STORY[0] + "</p><h2>December 22, 2023</h2><p>" + STORY[1]
                + "</p></article></body></html>";
        assertThat(body(html)).contains("December 22, 2023");
    }
}
