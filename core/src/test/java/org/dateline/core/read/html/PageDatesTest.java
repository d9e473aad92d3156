package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.DateCandidate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageDatesTest {
    private static List<DateCandidate> dates(String html, String url) {
        Document doc = Jsoup.parse(html);
        return PageDates.of(doc, JsonLd.of(doc), url);
    }

    @Test
    void aDateInTheWebPageNodeOfAJsonLdGraphIsTheArticlesDate() {
        String html = """
                <html><head><script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "NewsArticle", "headline": "Bridge to close", "author": {"name": "Ana Lima"}},
                  {"@type": "WebPage", "name": "Bridge to close", "datePublished": "2021-03-04T10:00:00+01:00",
                   "dateModified": "2022-01-01T10:00:00+01:00"}]}</script></head><body><p>Text</p></body></html>""";
        assertThat(dates(html, null)).extracting(DateCandidate::value, DateCandidate::origin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2021-03-04", "json-ld"));
    }

    @Test
    void aChangeStampIsPassedOverForThePublicationStamp() {
        String html = "<html><body><h1>Br\u00fccke wird geschlossen</h1>"
                + "<span class=\"date-modified\">Aktualisiert: 02.01.2020</span>"
                + "<span class=\"entry-date\">Ver\u00f6ffentlicht am 18. September 2019</span><p>Text</p></body></html>";
        assertThat(dates(html, null)).extracting(DateCandidate::value).containsExactly("2019-09-18");
    }

    @Test
    void withNoMarkupTheDateWrittenUnderTheHeadlineIsTaken() {
        String html = "<html><body><div>Men\u00fa Inicio 3 de enero de 2018</div><h1>El puente cierra</h1>"
                + "<div><span>Por Ana Lima</span> <span>18 de septiembre de 2019</span></div><p>Texto</p></body></html>";
        assertThat(dates(html, null)).extracting(DateCandidate::value, DateCandidate::origin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2019-09-18", "headline-text"));
    }
}
