package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.dateline.model.Article;
import org.dateline.model.DateCandidate;
import org.dateline.core.source.UnreadableDocumentException;
import org.dateline.core.source.RawDocument;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {
    private final HtmlArticleReader reader = new HtmlArticleReader();

    static final String PROSE_1 = "The harbour authority said this week that the new container terminal, built over four years, "
            + "would double the port's capacity, cut waiting times for ships, and bring some 2,000 jobs to the region.";
    static final String PROSE_2 = "Officials added that dredging of the approach channel, delayed by a dispute with fishermen, "
            + "had resumed last month, and that the first large vessels were expected to dock in the spring.";
    static final String PROSE_3 = "Local business groups welcomed the plan, although residents near the quay, who have long "
            + "complained about traffic and noise, asked for a new access road to be built first.";

    private Article read(String html) throws UnreadableDocumentException {
        return read(html.getBytes(StandardCharsets.UTF_8), null);
    }

    private Article read(byte[] bytes, String url) throws UnreadableDocumentException {
        return reader.read(RawDocument.of("test.html", bytes).withUrl(url).withFormat(RawDocument.Format.HTML));
    }

    private static String story() {
        return "<p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><p>" + PROSE_3 + "</p>";
    }

    @Test
    void aCdataOpenerLeftUnclosedInTheBodyDoesNotSwallowTheStory() throws Exception {
        String html = "<html><head><title>Port to double capacity</title></head><body><![CDATA[<div id=\"top\"></div>"
                + "<h1>Port to double capacity</h1>" + story() + "</body></html>";
        assertThat(read(html).body()).contains(PROSE_1).contains(PROSE_3).doesNotContain("CDATA").doesNotContain("<p>");
    }

    @Test
    void aClosedCdataSectionInAScriptIsLeftAsWritten() {
        String html = "<script>//<![CDATA[\nvar a = 1;\n//]]></script><p>Text</p>";
        assertThat(StrayCdata.drop(html)).isSameAs(html);
        assertThat(StrayCdata.drop("<script>//<![CDATA[ x //]]></script><![CDATA[<p>Text</p>"))
                .isEqualTo("<script>//<![CDATA[ x //]]></script><p>Text</p>");
    }

    @Test
    void jsonLdGivesHeadlineAuthorsAndDateAheadOfOtherHints() throws Exception {
        String html = """
                <html lang="en-GB"><head><title>Port to double capacity - The Coast Courier</title>
                <meta property="og:title" content="Port expansion | The Coast Courier">
                <meta property="article:published_time" content="2023-05-02T08:00:00+01:00">
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"The Coast Courier"},
                 {"@type":"NewsArticle","headline":"Port to double capacity with new terminal",
                  "datePublished":"2023-05-01T22:30:00-04:00",
                  "author":[{"@type":"Person","name":"Mira Okafor"},{"@type":"Person","name":"Tom Reyes"},
                            {"@type":"Organization","name":"Coast Courier Staff"}]}]}
                </script></head>
                <body><h1>Port to double capacity with new terminal</h1><article>%s</article></body></html>
                """.formatted(story());
        Article a = read(html);
        assertThat(a.headline()).isEqualTo("Port to double capacity with new terminal");
        assertThat(a.byline()).isEqualTo("Mira Okafor, Tom Reyes");
        assertThat(a.dateCandidates()).extracting(DateCandidate::origin).startsWith("json-ld", "meta");
        assertThat(a.dateCandidates().get(0).value()).isEqualTo("2023-05-01");  // the day as written, in its own offset
        assertThat(a.publicationDate()).isEqualTo("2023-05-01");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.body().split("\n\n")).containsExactly(PROSE_1, PROSE_2, PROSE_3);
    }

    @Test
    void jsonLdArticleBodyStandsInWhenThePageRendersTheStoryWithScripts() throws Exception {
        String body = PROSE_1 + "\n" + PROSE_2 + "\n" + PROSE_3;
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Port plan\","
                + "\"articleBody\":" + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body) + "}</script>"
                + "</head><body><div id=\"app\"><p>Loading the latest stories for you, please wait a moment.</p></div></body></html>";
        Article a = read(html);
        assertThat(a.body().split("\n\n")).containsExactly(PROSE_1, PROSE_2, PROSE_3);
    }

    @Test
    void openGraphOnlyPage() throws Exception {
        String html = """
                <html><head><title>Harbour plan approved | Coast Courier</title>
                <meta property="og:title" content="Harbour plan approved | Coast Courier">
                <meta property="og:site_name" content="Coast Courier">
                <meta name="author" content="By Ana Lima">
                <meta property="article:published_time" content="2022-11-30T17:45:00Z">
                </head><body><div class="main-content"><div class="story-body">%s</div></div></body></html>
                """.formatted(story());
        Article a = read(html.getBytes(StandardCharsets.UTF_8), "https://example.org/news/2022/11/29/harbour-plan");
        assertThat(a.headline()).isEqualTo("Harbour plan approved");
        assertThat(a.byline()).isEqualTo("Ana Lima");
        assertThat(a.dateCandidates()).extracting(DateCandidate::origin).containsExactly("meta", "url");
        assertThat(a.dateCandidates()).extracting(DateCandidate::value).containsExactly("2022-11-30", "2022-11-29");
        assertThat(a.body()).contains(PROSE_1).contains(PROSE_3);
    }

    @Test
    void furnitureNeverReachesTheBody() throws Exception {
        String html = """
                <html><head><title>Port to double capacity</title></head><body>
                <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
                <div class="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies to continue.</p></div>
                <div class="page">
                 <div class="article-body">
                  <p>By Mira Okafor</p>
                  %s
                  <figure><img src="x.jpg"><figcaption>Cranes at the quay on Monday. (AP Photo/Jo Lee)</figcaption></figure>
                  <div class="share-tools"><a href="#">Share</a> <a href="#">Print</a> <a href="#">Email</a></div>
                  <p>Sign up for our morning newsletter to get the day's top stories in your inbox.</p>
                  <p>The port said the terminal would open in 2025, subject to a final inspection of the quay. (END)</p>
                  <p>mira.okafor@coastcourier.example</p>
                 </div>
                 <div class="related-stories"><h3>Related</h3><ul>
                  <li><a href="/a">Fishermen protest over channel dredging plan in the bay</a></li>
                  <li><a href="/b">Council approves budget for new access road to the quay</a></li></ul></div>
                 <div class="most-read"><h3>Most viewed</h3><ol>
                  <li><a href="/c">Storm warning issued for the whole coast this weekend</a></li>
                  <li><a href="/d">Ferry services resume after a week of strikes</a></li></ol></div>
                </div>
                <footer><p>Copyright 2023 Coast Courier. All rights reserved.</p></footer>
                </body></html>
                """.formatted(story());
        Article a = read(html);
        assertThat(a.body()).contains(PROSE_1, PROSE_2, PROSE_3)
                .doesNotContain("Home", "cookies", "Cranes at the quay", "Share", "newsletter", "Fishermen protest",
                        "Storm warning", "Most viewed", "Copyright", "(END)", "@", "By Mira");
        assertThat(a.body()).endsWith("subject to a final inspection of the quay.");
        assertThat(a.byline()).isEqualTo("Mira Okafor");
        assertThat(a.contact()).isEqualTo("mira.okafor@coastcourier.example");
    }

    @Test
    void aWireCreditAtTheHeadOfTheStoryIsTheArticlesAgencyNotItsByline() throws Exception {
        Article a = read("<html><body><h1>Port to double capacity</h1><article><p>By Reuters</p>" + story()
                + "</article></body></html>");
        assertThat(a.agency()).isEqualTo("Reuters");
        assertThat(a.byline()).isNull();
        assertThat(a.body()).startsWith(PROSE_1);
    }

    @Test
    void wireDatelineIsSplitOffTheFirstParagraph() throws Exception {
        String html = "<html><head><title>(LEAD) N. Korea fires missile | Yonhap News Agency</title></head><body><article>"
                + "<p>SEOUL, Sept. 18 (Yonhap) -- North Korea fired a short-range ballistic missile into the East Sea on Wednesday, "
                + "the Joint Chiefs of Staff said, in its third launch this month.</p>"
                + "<p>" + PROSE_2 + "</p><p>" + PROSE_3 + "</p></article></body></html>";
        Article a = read(html);
        assertThat(a.datelinePlace()).isEqualTo("SEOUL");
        assertThat(a.datelineText()).isEqualTo("Sept. 18");
        assertThat(a.agency()).isEqualTo("Yonhap");
        assertThat(a.body()).startsWith("North Korea fired a short-range ballistic missile");
        assertThat(a.headline()).isEqualTo("N. Korea fires missile");
        assertThat(a.revision()).isEqualTo("(LEAD)");
    }

    @Test
    void utf8BytesUnderAWrongLatin1MetaCharsetStillDecode() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "<title>Café owners in São Paulo</title></head><body><article><p>" + PROSE_1
                + " The café’s owner, Zoë, agreed.</p><p>" + PROSE_2 + "</p></article></body></html>";
        Article a = read(html.getBytes(StandardCharsets.UTF_8), null);
        assertThat(a.headline()).isEqualTo("Café owners in São Paulo");
        assertThat(a.body()).contains("The café’s owner, Zoë, agreed.");
    }

    @Test
    void windows1252BytesDecodeWhetherUndeclaredOrWronglyDeclaredUtf8() throws Exception {
        Charset cp1252 = Charset.forName("windows-1252");
        String text = "<p>" + PROSE_1 + " \u201cIt is a fine day,\u201d said the caf\u00e9 owner \u2014 twice.</p><p>" + PROSE_2 + "</p>";
        String undeclared = "<html><head><title>Caf\u00e9 news</title></head><body><article>" + text + "</article></body></html>";
        String wrong = "<html><head><meta charset=\"utf-8\"><title>Caf\u00e9 news</title></head><body><article>" + text
                + "</article></body></html>";
        for (String html : new String[] {undeclared, wrong}) {
            Article a = read(html.getBytes(cp1252), null);
            assertThat(a.body()).contains("\u201cIt is a fine day,\u201d said the caf\u00e9 owner \u2014 twice.");
            assertThat(a.headline()).isEqualTo("Caf\u00e9 news");
        }
    }

    @Test
    void declaredLatin1IsHonouredWhenTheBytesAreNotUtf8() throws Exception {
        String html = "<html><head><meta charset=\"iso-8859-1\"><title>Gr\u00fc\u00dfe aus K\u00f6ln</title></head><body>"
                + "<article><p>" + PROSE_1 + "</p></article></body></html>";
        Article a = read(html.getBytes(StandardCharsets.ISO_8859_1), null);
        assertThat(a.headline()).isEqualTo("Gr\u00fc\u00dfe aus K\u00f6ln");
    }

    @Test
    void pagesOverTheLimitAreRefusedWithAReason() {
        byte[] big = new byte[50 * 1024 * 1024];
        byte[] open = "<html><body><p>".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(open, 0, big, 0, open.length);
        java.util.Arrays.fill(big, open.length, big.length, (byte) 'a');
        assertThatThrownBy(() -> read(big, null))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("too large").hasMessageContaining("50.0 MB");
    }

    /** How fast such a page is read is measured by `dateline eval extraction` (pages/s), not here. */
    @Test
    void aLargeButAllowedPageStillYieldsItsArticleAndNoneOfItsThousandsOfTeasers() throws Exception {
        StringBuilder sb = new StringBuilder("<html><head><title>Big page</title></head><body>");
        for (int i = 0; i < 3000; i++) {
            sb.append("<div class=\"teaser\"><a href=\"/s/").append(i).append("\">Teaser headline number ").append(i)
                    .append("</a></div>");
        }
        sb.append("<article>").append(story()).append("</article>");
        for (int i = 0; i < 20000; i++) sb.append("<div><span>cell ").append(i).append("</span></div>");
        sb.append("</body></html>");
        Article a = read(sb.toString());
        assertThat(a.body()).contains(PROSE_1, PROSE_2, PROSE_3).doesNotContain("Teaser headline").doesNotContain("cell 1");
    }

    @Test
    void bylineClassAndRelAuthorAreReadWhenNoStructuredAuthor() throws Exception {
        String html = "<html><head><title>Port news</title></head><body><div class=\"article\">"
                + "<span class=\"byline\">By <a rel=\"author\" href=\"/staff/jn\">Jae Nam</a> and Lee Su-min</span>"
                + story() + "</div></body></html>";
        Article a = read(html);
        assertThat(a.byline()).isEqualTo("Jae Nam");  // rel=author is the stronger, structured hint
        assertThat(a.body()).doesNotContain("Jae Nam");
    }

    @Test
    void timeElementAndUrlDatesAreCandidatesWhenNothingElseIs() throws Exception {
        String html = "<html><head><title>Port news</title></head><body><article><time datetime=\"2021-03-04T10:00\">"
                + "March 4</time>" + story() + "</article></body></html>";
        Article a = read(html.getBytes(StandardCharsets.UTF_8), "https://example.org/2021/03/04/port-news");
        assertThat(a.dateCandidates()).extracting(DateCandidate::origin).containsExactly("time", "url");
        assertThat(a.publicationDate()).isEqualTo("2021-03-04");
    }

    @Test
    void authorNamesLoseRolesDatesAndTheSiteName() throws Exception {
        String html = "<html><head><title>Port news</title><meta property=\"og:site_name\" content=\"Coast Courier\">"
                + "<meta name=\"author\" content=\"Coast Courier\"></head><body><div class=\"article\">"
                + "<div class=\"byline\">Mira Okafor Dec. 3, 2023</div>" + story() + "</div></body></html>";
        assertThat(read(html).byline()).isEqualTo("Mira Okafor");
        assertThat(Authors.names(java.util.List.of("Noah Eastwood, Money Reporter", "Theresa May"), null, java.util.List.of()))
                .containsExactly("Noah Eastwood", "Theresa May");
    }

    @Test
    void aNameRunningIntoThePublishersNameLosesItButAnOrganisationListedAloneStays() throws Exception {
        String html = "<html><head><title>Port news | Coast Courier</title>"
                + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Port news\","
                + " \"author\": [\"Mira Okafor\", \"Coast Courier\"], \"publisher\": {\"name\": \"Coast Courier\"}}</script>"
                + "</head><body><div class=\"article\">" + story() + "</div></body></html>";
        assertThat(read(html).byline()).isEqualTo("Mira Okafor, Coast Courier");
        assertThat(Authors.names(java.util.List.of("Ana Lima Harbour Gazette", "Tom Reyes USA TODAY NETWORK"), null,
                java.util.List.of("harbour gazette"))).containsExactly("Ana Lima", "Tom Reyes");
    }

    @Test
    void aVisibleDateBlockIsTheLastResort() throws Exception {
        String html = "<html><head><title>Port news</title></head><body><div class=\"post-date\">Published December 21, 2023</div>"
                + "<article>" + story() + "</article></body></html>";
        Article a = read(html);
        assertThat(a.dateCandidates()).extracting(DateCandidate::origin).containsExactly("text");
        assertThat(a.publicationDate()).isEqualTo("2023-12-21");
        assertThat(a.body()).doesNotContain("Published");
    }

    @Test
    void aStoryWhoseEveryParagraphSitsInAWrapperNamedLikeFurnitureIsStillRead() throws Exception {
        String fourth = "The port's chief executive said the terminal would open in stages, with the first berth "
                + "handling ships from June and the rest following over the next two years.";
        StringBuilder html = new StringBuilder("<html><body><h1>Port to double capacity</h1><div class=\"story\">");
        for (String p : new String[] {PROSE_1, PROSE_2, PROSE_3, fourth}) {
            html.append("<div class=\"subscriber-preview\"><p>").append(p).append("</p></div>");
        }
        html.append("</div><div class=\"newsletter\"><p>Sign up for our newsletter.</p></div></body></html>");
        assertThat(read(html.toString()).body().split("\n\n")).containsExactly(PROSE_1, PROSE_2, PROSE_3, fourth);
    }

    @Test
    void theUrlsDayBeatsTheNextDayOfAUtcStampThoughTheStorysWeekdaysFitTheStamp() throws Exception {
        // 10 March 2023 was a Friday: "will vote on Saturday" would put the story a day later, on the UTC stamp's day
        String html = "<html><head><title>Port vote</title><script type=\"application/ld+json\">{\"@type\": "
                + "\"NewsArticle\", \"headline\": \"Port vote\", \"datePublished\": \"2023-03-11T01:30:00Z\"}</script>"
                + "</head><body><article><p>The council will vote on Saturday on the harbour plan.</p>" + story()
                + "</article></body></html>";
        Article a = read(html.getBytes(StandardCharsets.UTF_8), "https://news.example.org/2023/03/10/port-vote/");
        assertThat(a.publicationDate()).isEqualTo("2023-03-10");
    }
}
