package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Relative stamps under the headline, counted back from the day the page was fetched. */
class RelativeDatesTest {
    private static final LocalDate FETCHED = LocalDate.of(2024, 3, 10);

    private static List<String> dates(String body, String url, LocalDate fetched) {
        Document doc = Jsoup.parse("<html><body>" + body + "</body></html>", url);
        JsonLd ld = JsonLd.of(doc);
        return PageDates.of(doc, ld, url, Headline.of(doc, ld), fetched).stream()
                .map(c -> c.value() + " " + c.origin()).toList();
    }

    private static List<String> dates(String body) {
        return dates(body, "https://news.example.org/story/tram", FETCHED);
    }

    @Test
    void daysAgoUnderTheHeadlineCountBackFromTheFetchDay() {
        assertThat(dates("<h1>Tram line opens</h1><span>3 days ago</span><p>The line opens.</p>"))
                .contains("2024-03-07 relative");
    }

    @Test
    void hoursAgoFallOnTheFetchDayAndAWeekBackIsSevenDays() {
        assertThat(dates("<h1>Tram line opens</h1><span>5 hrs ago</span><p>The line opens.</p>"))
                .contains("2024-03-10 relative");
        assertThat(dates("<h1>Tram line opens</h1><span>a week ago</span><p>The line opens.</p>"))
                .contains("2024-03-03 relative");
    }

    @Test
    void stampsInOtherLanguagesPutTheirAgoWordBeforeOrAfter() {
        assertThat(dates("<h1>Neue Tramlinie</h1><span>vor 2 Tagen</span><p>Die Linie f\u00e4hrt.</p>"))
                .contains("2024-03-08 relative");
        assertThat(dates("<h1>Nouvelle ligne</h1><span>il y a 4 jours</span><p>La ligne ouvre.</p>"))
                .contains("2024-03-06 relative");
        assertThat(dates("<h1>Yeni hat</h1><span>2 g\u00fcn \u00f6nce</span><p>Hat a\u00e7\u0131ld\u0131.</p>"))
                .contains("2024-03-08 relative");
    }

    @Test
    void withoutAFetchDayARelativeStampNamesNoDay() {
        assertThat(dates("<h1>Tram line opens</h1><span>3 days ago</span><p>The line opens.</p>",
                "https://news.example.org/story/tram", null)).isEmpty();
    }

    @Test
    void aWebArchivesCaptureTimeIsTheFetchDay() {
        assertThat(dates("<h1>Tram line opens</h1><span>2 days ago</span><p>The line opens.</p>",
                "https://web.archive.org/web/20131110121040/http://news.example.org/tram", null))
                .contains("2013-11-08 relative");
    }

    @Test
    void monthsAgoFixNoDayAndAMarkedDateComesFirst() {
        assertThat(dates("<h1>Tram line opens</h1><span>3 months ago</span><p>The line opens.</p>")).isEmpty();
        assertThat(dates("<h1>Tram line opens</h1><time datetime=\"2024-03-01\">1 March</time><span>9 days ago</span>"))
                .containsExactly("2024-03-01 time");
    }
}
