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
        return PageDates.of(doc, JsonLd.of(doc), url, Headline.of(doc, JsonLd.of(doc)));
    }

    /** Each candidate as "value origin", to compare in one line. */
    private static List<String> stamps(String html) {
        return dates(html, null).stream().map(c -> c.value() + " " + c.origin()).toList();
    }

    @Test
    void aDateInTheWebPageNodeOfAJsonLdGraphIsTheArticlesDate() {
        String html = """
                <html><head><script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "NewsArticle", "headline": "Bridge to close", "author": {"name": "Ana Lima"}},
                  {"@type": "WebPage", "name": "Bridge to close", "datePublished": "2021-03-04T10:00:00+01:00",
                   "dateModified": "2022-01-01T10:00:00+01:00"}]}</script></head><body><p>Text</p></body></html>""";
        assertThat(dates(html, null)).extracting(DateCandidate::value, DateCandidate::origin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2021-03-04", "json-ld"),
                        org.assertj.core.groups.Tuple.tuple("2022-01-01", "modified"));
    }

    @Test
    void aTimeInARelatedStoriesBoxOrAMenuDatesAnotherStory() {
        String html = "<html><body><nav><ul><li><time datetime=\"2023-12-24T13:05\">13:05</time> Other news</li></ul></nav>"
                + "<h1>Harbour reopens</h1><div class=\"related-stories\"><div><time datetime=\"2024-02-15T18:30\">Feb 15"
                + "</time></div></div><article><time datetime=\"2023-12-19T09:00\">Dec 19, 2023</time><p>Text</p>"
                + "</article></body></html>";
        assertThat(stamps(html)).containsExactly("2023-12-19 time");
    }

    @Test
    void aTimeLabelledUpdatedIsAChangeStampAndThePostedDateWrittenBeforeTheLabelIsRead() {
        String html = "<html><body><h1>Cheese rules change</h1><div class=\"byline\"><time datetime=\"2024-01-02T15:04\">"
                + "Posted: Dec 22, 2023 8:25 AM | Last Updated: January 2</time></div><p>Text</p></body></html>";
        assertThat(stamps(html)).containsExactly("2024-01-02 modified", "2023-12-22 time");
    }

    @Test
    void aTimeAfterTheWordsLastUpdatedIsAChangeStampNotThePublicationDate() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2022-10-21T11:16:35Z\">"
                + "</head><body><h1>Career cheats</h1><span> last updated <time datetime=\"2023-12-22T12:51:36Z\">"
                + "22 December 2023</time></span><p>Text</p></body></html>";
        assertThat(stamps(html)).containsExactly("2022-10-21 meta", "2023-12-22 modified");
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

    @Test
    void theDateUnderTheHeadlineTheSiteWasReadWithIsTakenNotTheOneUnderAHiddenSkipLink() {
        String menu = "<li>Sailing courses for beginners and returning sailors</li>".repeat(15);
        String html = "<html><head><title>Regatta ends in sunshine - Sailing Club</title></head><body>"
                + "<h1 class=\"invisible\">Skip navigation</h1><ul>" + menu + "</ul>"
                + "<h1>Regatta ends in sunshine</h1><p class=\"info\">10.06.2018 22:00</p><p>Text</p></body></html>";
        assertThat(stamps(html)).containsExactly("2018-06-10 headline-text");
    }

    @Test
    void aDateInTheKickerLineAboveTheHeadlineIsTakenWhenNoneFollowsIt() {
        String html = "<html><body><p class=\"category\">24. April 2020 | Presse</p>"
                + "<h1>Artist designs the front page</h1><p>Text without any date at all.</p></body></html>";
        assertThat(stamps(html)).containsExactly("2020-04-24 headline-text");
    }

    @Test
    void aBritishPageWritesTheDayFirstEvenWhenOnlyItsXmlLangSaysSo() {
        String html = "<html xml:lang=\"en-GB\"><body><h1>Halls too full</h1><span class=\"date\">02/10/2020</span>"
                + "<p>Text</p></body></html>";
        assertThat(stamps(html)).containsExactly("2020-10-02 text");
    }

    @Test
    void aUtcStampOfTheSmallHoursIsTheEveningBeforeWhereThePageShowsThatEveningsTime() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2024-05-11T01:30:00Z\">"
                + "</head><body><h1>Council backs ferry plan</h1><div class=\"byline\">By Ana Lima, May 10, 2024 9:30 pm ET"
                + "</div><p>Text</p></body></html>";
        assertThat(stamps(html)).startsWith("2024-05-10 reader", "2024-05-11 meta");
    }

    @Test
    void aShownDateWithoutALocalTimeOfTheStampsInstantDoesNotMoveAUtcStamp() {
        String head = "<html><head><meta property=\"article:published_time\" content=\"2024-05-11T01:30:00Z\">"
                + "</head><body><h1>Council backs ferry plan</h1><div class=\"byline\">";
        assertThat(stamps(head + "May 10, 2024</div><p>Text</p></body></html>")).containsExactly("2024-05-11 meta");
        assertThat(stamps(head + "01:30 GMT 10 May 2024</div><p>Text</p></body></html>"))
                .containsExactly("2024-05-11 meta");
        assertThat(stamps(head + "May 10, 2024 at 21:50</div><p>Text</p></body></html>"))
                .as("a local time whose minutes are not the stamp's is another instant").containsExactly("2024-05-11 meta");
    }

    @Test
    void onAPageWithoutDataTheShownTimeStampGoesBeforeTheDayInTheAddress() {
        String html = "<html><body><h1>Council backs ferry plan</h1><div class=\"byline\">By Ana Lima "
                + "<time datetime=\"2024-05-11 05:00:00\">05/11/2024 05:00 AM EDT</time></div>"
                + "<p>The council voted on Friday to fund the ferry.</p></body></html>";
        List<String> got = dates(html, "https://example.org/news/2024/05/10/ferry-plan-00123").stream()
                .map(c -> c.value() + " " + c.origin()).toList();
        assertThat(got).startsWith("2024-05-11 reader").contains("2024-05-10 url");
    }

    @Test
    void aTimeStampTheDeclaredDataGainsaysDoesNotSettleTheDay() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2024-05-10T20:00:00-04:00\">"
                + "</head><body><h1>Council backs ferry plan</h1><div class=\"byline\">By Ana Lima "
                + "<time datetime=\"2024-05-11 05:00:00\">05/11/2024 05:00 AM EDT</time></div>"
                + "<p>Text</p></body></html>";
        assertThat(stamps(html)).doesNotContain("2024-05-11 reader");
    }

    @Test
    void aDateInTheSiteHeaderAheadOfTheHeadlineIsThePagesClockAndSettlesNothing() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2024-05-10T15:00:00Z\">"
                + "<meta property=\"og:updated_time\" content=\"2024-05-11T08:00:00Z\"></head><body>"
                + "<header><div class=\"today-date\">Saturday, May 11, 2024 7:45 am</div><nav>Home News Sport Weather "
                + "Business Opinion Culture Travel Podcasts Newsletters Games Puzzles Obituaries Classifieds Jobs Homes "
                + "Cars Contact us Advertise with us Subscribe Log in Register Help</nav></header>"
                + "<h1>Council backs ferry plan</h1><p>Text</p></body></html>";
        assertThat(stamps(html)).doesNotContain("2024-05-11 reader").startsWith("2024-05-10 meta");
    }

    @Test
    void aDateBlockInACommentSectionStampsAReplyNotTheStory() {
        String html = "<html lang=\"de\"><body><h1>Neue Fähre ab Mai</h1><div><h5>Datum:</h5> 11.03.2021</div>"
                + "<p>Die Fähre fährt ab Mai zweimal täglich über den See, teilte die Gemeinde mit.</p>"
                + "<div class=\"comment-list\"><div class=\"comment__date\">15.03.2021 - 09:12 Uhr</div>"
                + "<p>Endlich!</p></div></body></html>";
        assertThat(stamps(html)).doesNotContain("2021-03-15 text");
    }
    /** The publication day of a page, the first candidate's value. */
    private static String day(String html) {
        return dates(html, null).get(0).value();
    }

    @Test
    void anAmbiguousNumericDateIsReadInTheOrderTheSamePagesUnambiguousDatesProve() {
        String html = "<html lang=\"en\"><body><h1>Allotment fees rise</h1><div class=\"date\">03/04/2021</div>"
                + "<p>The council raised the fees.</p><div class=\"comments\"><p>Reply posted 25/04/2021</p></div>"
                + "</body></html>";
        assertThat(day(html)).isEqualTo("2021-04-03");
    }

    @Test
    void aPageTaggedDayFirstWhoseOtherDatesCanOnlyBeMonthFirstIsReadMonthFirst() {
        String html = "<html lang=\"en-GB\"><body><h1>Ferry timetable</h1><div class=\"date\">03/04/2021</div>"
                + "<p>Sailings resume on 04/25/2021 after repairs.</p></body></html>";
        assertThat(day(html)).isEqualTo("2021-03-04");
    }

    @Test
    void datesThatProveBothOrdersLeaveTheReadingToThePagesLanguage() {
        String html = "<html lang=\"en-GB\"><body><h1>Library hours</h1><div class=\"date\">03/04/2021</div>"
                + "<p>Closed 25/12/2021 and, as the American branch writes it, 12/26/2021.</p></body></html>";
        assertThat(day(html)).isEqualTo("2021-04-03");
    }

    @Test
    void timesOfARunOfTeaserCardsAboveTheHeadlineDateOtherStoriesAndTheTimeUnderTheHeadlineDatesThePage() {
        String html = "<html><body><div class=\"strip\">"
                + "<div class=\"card\"><a href=\"/a\">Ferry fares rise</a><time datetime=\"2025-01-31\">Jan 31</time></div>"
                + "<div class=\"card\"><a href=\"/b\">Mill closes</a><time datetime=\"2025-01-06\">Jan 6</time></div>"
                + "<div class=\"card\"><a href=\"/c\">Dam inspected</a><time datetime=\"2022-08-02\">Aug 2</time></div>"
                + "</div><h1>Orchard growers meet the county board</h1><div class=\"meta\"><time datetime=\"2017-03-01\">"
                + "03/01/2017</time></div><p>Text</p></body></html>";
        assertThat(stamps(html)).containsExactly("2017-03-01 time");
    }

    @Test
    void aTimeAboveTheHeadlineOutsideAnyRunOfCardsStillDatesThePage() {
        String html = "<html><body><div class=\"kicker\"><span>Farming</span><time datetime=\"2024-05-02\">May 2</time>"
                + "</div><h1>Orchard growers meet the county board</h1><p>Text</p></body></html>";
        assertThat(stamps(html)).containsExactly("2024-05-02 time");
    }

    @Test
    void theFirstPostOfAThreadDatesItThoughEveryPostBelowTheHeadlineIsADatedCard() {
        String html = "<html><body><h1>Which kettle lasts?</h1><div class=\"posts\">"
                + "<div class=\"post\"><time datetime=\"2024-04-17\">Apr 17</time><p>Mine broke.</p></div>"
                + "<div class=\"post\"><time datetime=\"2024-04-18\">Apr 18</time><p>Steel ones.</p></div>"
                + "<div class=\"post\"><time datetime=\"2024-04-19\">Apr 19</time><p>Agreed.</p></div>"
                + "</div></body></html>";
        assertThat(stamps(html)).containsExactly("2024-04-17 time");
    }

    @Test
    void anAmbiguousNumericDateIsReadInTheOrderThatGivesADayThePageAlsoWritesWithItsMonthNamed() {
        String html = "<html lang=\"en\"><body><h1>Notes on a plugin build</h1><time datetime=\"02-12-2025\">02-12-2025"
                + "</time><p>Text</p><footer><ul><li>December 02, 2025: Notes on a plugin build</li>"
                + "<li>June 03, 2024: Older notes</li></ul></footer></body></html>";
        assertThat(stamps(html)).containsExactly("2025-12-02 time");
    }

    @Test
    void anAmbiguousNumericDateKeepsTheLanguagesOrderWhenNoSpelledOutDateMatchesEitherReading() {
        String html = "<html lang=\"en\"><body><h1>Notes on a plugin build</h1><time datetime=\"02-12-2025\">02-12-2025"
                + "</time><p>Text written on March 9, 2025.</p></body></html>";
        assertThat(stamps(html)).containsExactly("2025-02-12 time");
    }

    private static String page(String type, String published, String modified, String byline) {
        return "<html><head><script type=\"application/ld+json\">{\"@type\":\"" + type + "\",\"headline\":"
                + "\"Council backs ferry plan\",\"datePublished\":\"" + published + "\",\"dateModified\":\""
                + modified + "\"}</script></head><body><h1>Council backs ferry plan</h1><div class=\"byline\">"
                + byline + "</div><p>Text</p></body></html>";
    }

    @Test
    void aNewsStoryWhoseHeadShowsOnlyItsChangeDayIsDatedThatDay() {
        String html = page("NewsArticle", "2024-05-10T15:00:00Z", "2024-05-21T09:00:00Z", "By Ana Lima. Updated May 21, 2024");
        assertThat(stamps(html)).startsWith("2024-05-21 reader", "2024-05-10 json-ld");
    }

    @Test
    void aChangeWithinAWeekShownAloneDatesAnyPage() {
        String html = page("BlogPosting", "2024-05-10T15:00:00Z", "2024-05-12T09:00:00Z", "May 12, 2024");
        assertThat(stamps(html)).startsWith("2024-05-12 reader");
    }

    @Test
    void anEvergreenPageReDatedMonthsLaterKeepsItsFirstDay() {
        String html = page("BlogPosting", "2019-03-01T10:00:00Z", "2025-03-04T10:00:00Z", "Updated March 4, 2025");
        assertThat(stamps(html)).doesNotContain("2025-03-04 reader").startsWith("2019-03-01 json-ld");
    }

    @Test
    void aNewsStoryThatShowsItsFirstDayBesideTheChangeKeepsTheFirst() {
        String html = page("NewsArticle", "2024-05-10T15:00:00Z", "2024-05-12T09:00:00Z",
                "Published May 10, 2024 <span class=\"updated\">Updated May 12, 2024</span>");
        assertThat(stamps(html)).doesNotContain("2024-05-12 reader").startsWith("2024-05-10 json-ld");
    }

    @Test
    void aDateShownUnderTheHeadlineDaysBeforeTheMarkupsStampIsTheDayTheStoryRan() {
        String html = page("BlogPosting", "2025-11-05T10:00:00Z", "2025-11-05T10:00:00Z", "By Ana Lima January 31, 2024");
        assertThat(stamps(html)).startsWith("2024-01-31 reader", "2025-11-05 json-ld");
    }

    @Test
    void aDateShownOneDayBeforeTheStampMayBeTheSameInstantAndIsNotPutFirst() {
        String html = page("NewsArticle", "2024-05-10T02:00:00Z", "2024-05-10T02:00:00Z", "By Ana Lima May 9, 2024");
        assertThat(stamps(html)).doesNotContain("2024-05-09 reader").startsWith("2024-05-10 json-ld");
    }

    @Test
    void anOlderTeaserDateFarBelowAStoryThatShowsNoDateIsNotTheStorysDay() {
        String story = "The council voted to fund a second ferry between the islands. ".repeat(14);
        String html = page("NewsArticle", "2024-05-10T15:00:00Z", "2024-05-10T15:00:00Z", "By Ana Lima")
                .replace("<p>Text</p>", "<p>" + story + "</p><div class=\"related\"><a href=\"/old\">Older ferry plan</a>"
                        + "<span class=\"date\">March 2, 2023</span></div>");
        assertThat(stamps(html)).doesNotContain("2023-03-02 reader").startsWith("2024-05-10 json-ld");
    }

    @Test
    void aPageShowingAnEarlierDayLabelledUpdatedKeepsItsStamp() {
        String html = page("BlogPosting", "2025-11-05T10:00:00Z", "2025-11-05T10:00:00Z", "Updated January 31, 2024");
        assertThat(stamps(html)).doesNotContain("2024-01-31 reader");
    }

    @Test
    void aDateEndingTheListOfOtherStoriesAboveTheHeadlineIsNotTheStorysDay() {
        String html = page("BlogPosting", "2017-09-01T00:00:00Z", "2017-09-01T00:00:00Z", "By Ana Lima")
                .replace("<body>", "<body><ul><li><a href=\"/review\">Port rules review</a> April 27, 2017</li></ul>");
        assertThat(stamps(html)).doesNotContain("2017-04-27 reader").startsWith("2017-09-01 json-ld");
    }

    @Test
    void aNumericDateUnderTheHeadlineWhoseOtherReadingIsTheStampsDayIsNotAnEarlierDay() {
        String html = page("NewsArticle", "2021-11-01T05:00:00+01:00", "2021-11-01T05:00:00+01:00", "Stand: 11/01/2021")
                .replace("<html>", "<html lang=\"de\">");
        assertThat(stamps(html)).doesNotContain("2021-01-11 reader").startsWith("2021-11-01 json-ld");
    }

    @Test
    void aCaptionsDateUnderTheHeadlineDatesThePhotographNotTheStory() {
        String html = page("NewsArticle", "2023-12-18T16:02:00-05:00", "2023-12-18T16:02:00-05:00", "By Ana Lima")
                .replace("<p>Text</p>", "<figure><img src=\"/a.jpg\"><figcaption>The mayor in Porto on December 15, 2023."
                        + "</figcaption></figure><p>Text</p>");
        assertThat(stamps(html)).doesNotContain("2023-12-15 reader").startsWith("2023-12-18 json-ld");
    }

    @Test
    void aStaleClockInTheMenuBarUnderAHiddenHeadlineIsNotTheStorysDay() {
        String html = page("NewsArticle", "2023-12-23T08:00:00+08:00", "2023-12-23T08:00:00+08:00", "By Ana Lima")
                .replace("<div class=\"byline\">", "<div id=\"main-navbar\"><div class=\"menu-date\">July 10, 2022</div></div>"
                        + "<div class=\"byline\">");
        assertThat(stamps(html)).doesNotContain("2022-07-10 reader").startsWith("2023-12-23 json-ld");
    }

    @Test
    void theDayAMemberJoinedShownUnderAThreadsTitleIsNotThePostsDay() {
        String html = page("BlogPosting", "2024-02-24T09:00:00Z", "2024-02-24T09:00:00Z",
                "Topic author harbourfan Posts: 524 Joined: Mon Jul 24, 2017 9:28 am");
        assertThat(stamps(html)).doesNotContain("2017-07-24 reader").startsWith("2024-02-24 json-ld");
    }
}
