package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.dateline.core.source.RawDocument;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;

/** Which blocks of a page the story text is taken from, one category of block per test, on invented pages. */
class BodyExtractionTest {
    static final String P1 = "The river authority said on Monday that the new flood barrier, built over three winters, "
            + "would protect some 4,000 homes in the lower town, and that its gates had been tested twice this autumn.";
    static final String P2 = "Engineers added that the old embankment, patched many times since the great flood, "
            + "would be kept as a second line of defence, and planted with willows to hold the soil together.";
    static final String P3 = "Residents of the lower town, who had campaigned for the barrier for a decade, "
            + "said they would sleep better, although some shopkeepers asked when the road closures would end.";

    private final HtmlArticleReader reader = new HtmlArticleReader();

    private Article read(String html) throws Exception {
        return reader.read(RawDocument.of("test.html", html.getBytes(StandardCharsets.UTF_8))
                .withFormat(RawDocument.Format.HTML));
    }

    private static String story() {
        return "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
    }

    @Test
    void aNoscriptBlockHoldingMostOfThePageIsReadAsThePage() throws Exception {
        String html = "<html><body><div id='app'><nav><a href='/'>Home</a> <a href='/latest'>Latest</a></nav></div>"
                + "<noscript><div class='topic'><div class='post'>" + story() + "</div></div></noscript></body></html>";
        assertThat(read(html).body().split("\n\n")).containsExactly(P1, P2, P3);
    }

    @Test
    void aNoscriptPleaBesideTheStoryIsDropped() throws Exception {
        String html = "<html><body><article>" + story() + "</article>"
                + "<noscript><p>Please turn on JavaScript in your browser to see the comments below.</p></noscript>"
                + "</body></html>";
        assertThat(read(html).body().split("\n\n")).containsExactly(P1, P2, P3);
    }

    @Test
    void aStoryHiddenByStyleUntilTheReaderSubscribesIsReadWhenTheVisiblePartIsAMereTeaser() throws Exception {
        String html = "<html><body><div class='story'><p>The river authority spoke on Monday.</p>"
                + "<div class='offer'><p>Already a subscriber? Sign in to keep reading.</p></div>"
                + "<div class='locked' style='display:none'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
                + "</div></body></html>";
        assertThat(read(html).body().split("\n\n")).contains(P1, P2, P3);
    }

    @Test
    void aDonationAppealHiddenByItsClassNameIsDropped() throws Exception {
        String appeal = "At this paper we believe that everyone deserves good local journalism, but not everyone can "
                + "afford to pay for it, which is why we keep our stories free and ask readers who can to chip in.";
        String html = "<html><body><article>" + story() + "<div class='appeal hidden'><h4>Keep us going</h4><p>"
                + appeal + "</p></div></article></body></html>";
        assertThat(read(html).body().split("\n\n")).containsExactly(P1, P2, P3);
    }

    @Test
    void aBlockHiddenOnSmallScreensButShownOnWideOnesIsRead() throws Exception {
        String html = "<html><body><article><div class='hidden lg:block'>" + story() + "</div>"
                + "<div class='d-none d-md-block'><p>" + P1.replace("Monday", "Tuesday") + "</p></div></article></body></html>";
        assertThat(read(html).body()).contains(P1, P2, P3, P1.replace("Monday", "Tuesday"));
    }

    @Test
    void theFoldedAnswersOfAFaqAreReadThoughHiddenUntilClicked() throws Exception {
        String html = "<html><body><article>" + story() + "<h2>When will the roads reopen?</h2>"
                + "<div class='faq-answer hidden'><p>" + P3.replace("Residents", "Neighbours") + "</p></div>"
                + "</article></body></html>";
        assertThat(read(html).body()).contains(P3.replace("Residents", "Neighbours"));
    }

    @Test
    void theAboutTheAuthorBoxAfterTheStoryIsDropped() throws Exception {
        String bio = "Since joining the paper in 2009, Lena has reported from a dozen countries, covering elections, "
                + "floods and trade talks, and before that she spent five years as a radio producer in the capital.";
        String html = "<html><body><article>" + story() + "<div class='field-author'><div class='bio'>"
                + "<h2>About the author</h2><p>" + bio + "</p></div></div></article></body></html>";
        assertThat(read(html).body().split("\n\n")).containsExactly(P1, P2, P3);
    }

    @Test
    void aThemesAuthorBoxNamedForTheAuthorAndABoxWordIsDropped() throws Exception {
        String bio = "Marta Kovac is a fee-only planner who began her career as a tax adviser and now writes about "
                + "saving for young families, with a weekly column on budgets, pensions and the cost of childcare.";
        for (String names : new String[] {"author-box", "author__info", "author_detail_box", "theme-author-box__bio"}) {
            String html = "<html><body><article>" + story() + "<div class='" + names + "'><img src='m.jpg'>"
                    + "<h4>Marta Kovac</h4><p>" + bio + "</p></div></article></body></html>";
            assertThat(read(html).body().split("\n\n")).as(names).containsExactly(P1, P2, P3);
        }
    }

    @Test
    void aBlockNamedForTheAuthorAloneIsNoBoxAndAPostBiographyHoldingTheStoryIsKept() throws Exception {
        String html = "<html><body><div class='biography-page'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div></body></html>";
        assertThat(read(html).body().split("\n\n")).containsExactly(P1, P2, P3);
        String authored = "<html><body><article><div class='author'>" + story() + "</div></article></body></html>";
        assertThat(read(authored).body().split("\n\n")).containsExactly(P1, P2, P3);
    }

    @Test
    void creditLinesAndTheWritersBiographyAtTheEndAreDropped() throws Exception {
        String html = "<html><body><article>" + story()
                + "<p>Ines Varga contributed to this report from the upper valley.</p>"
                + "<p>This story was originally published by the Valley Post on March 3.</p>"
                + "<p>Tomas Berger is a senior reporter at the Valley Post. Follow him on X at @tberger.</p>"
                + "</article></body></html>";
        assertThat(read(html).body().split("\n\n")).containsExactly(P1, P2, P3);
    }

    @Test
    void aStoryEndingOnAPersonWhoIsAReporterKeepsThatParagraphWhenItIsNotAtTheEnd() throws Exception {
        String middle = "Anna Kovac is a former reporter who now runs the ferry, and she said the barrier had changed "
                + "the way the whole town thinks about the river.";
        String html = "<html><body><article><p>" + P1 + "</p><p>" + middle + "</p><p>" + P2 + "</p><p>" + P3
                + "</p><p>" + P1.replace("Monday", "Friday") + "</p><p>" + P2.replace("Engineers", "Surveyors")
                + "</p><p>" + P3.replace("Residents", "Farmers") + "</p></article></body></html>";
        assertThat(read(html).body()).contains(middle);
    }

    @Test
    void aSectionHeadingLinkedToItsOwnAnchorIsKeptAsAHeading() throws Exception {
        String html = "<html><body><article><p>" + P1 + "</p><h3 id='gates'><a href='#gates'>Testing the gates</a></h3>"
                + "<p>" + P2 + "</p><p>" + P3 + "</p></article></body></html>";
        assertThat(read(html).body().split("\n\n")).containsExactly(P1, "Testing the gates", P2, P3);
    }

    @Test
    void aStoryHiddenParagraphByParagraphUntilTheReaderSubscribesIsRead() throws Exception {
        String html = "<html><body><div class='story'><p>The river authority spoke on Monday.</p>"
                + "<div class='locked' style='display:none'><p>" + P1 + "</p></div>"
                + "<div class='locked' style='display:none'><p>" + P2 + "</p></div>"
                + "<div class='locked' style='display:none'><p>" + P3 + "</p></div>"
                + "</div><div class='links'><p>Weather: rain later.</p></div></body></html>";
        assertThat(read(html).body().split("\n\n")).contains(P1, P2, P3);
    }

    @Test
    void aPageBuildersWidgetContainersAroundEachParagraphAreStoryWhileASidebarWidgetIsNot() throws Exception {
        String html = "<html><body><div class='builder-section'>"
                + "<div class='builder-widget builder-widget-text'><div class='builder-widget-container'><p>" + P1 + "</p></div></div>"
                + "<div class='builder-widget builder-widget-text'><div class='builder-widget-container'><p>" + P2 + "</p></div></div>"
                + "<div class='builder-widget builder-widget-text'><div class='builder-widget-container'><p>" + P3 + "</p></div></div>"
                + "</div></body></html>";
        assertThat(read(html).body().split("\n\n")).containsExactly(P1, P2, P3);
        assertThat(ClassHints.weight(org.jsoup.Jsoup.parse("<div class='widget widget_archive'>").selectFirst("div")))
                .isNegative();
        assertThat(ClassHints.weight(org.jsoup.Jsoup.parse("<div class='builder-widget-container'>").selectFirst("div")))
                .isZero();
    }

    @Test
    void aPageOfListedItemsWithoutProseKeepsTheItemsTitlesAndTeasers() throws Exception {
        StringBuilder sb = new StringBuilder("<html><body><nav><a href='/'>Home</a></nav><main><div class='results'>");
        for (int i = 1; i <= 6; i++) {
            sb.append("<div class='course'><h3><a href='/course/").append(i).append("'>Evening course in pottery, level ")
                    .append(i).append("</a></h3><p>Six weeks at the town studio.</p></div>");
        }
        String body = read(sb.append("</div></main></body></html>").toString()).body();
        assertThat(body).contains("Evening course in pottery, level 1", "Evening course in pottery, level 6",
                "Six weeks at the town studio.");
        assertThat(body).doesNotContain("Home");
    }

    @Test
    void aStoryBesideAListOfLinkedItemsIsReadAsTheStoryAlone() throws Exception {
        StringBuilder sb = new StringBuilder("<html><body><article>" + story() + "</article><div class='more'>");
        for (int i = 1; i <= 6; i++) sb.append("<div class='tile'><a href='/s/").append(i).append("'>Another town story ").append(i).append("</a></div>");
        String body = read(sb.append("</div></body></html>").toString()).body();
        assertThat(body.split("\n\n")).containsExactly(P1, P2, P3);
    }

    @Test
    void aListOfLinkedTeasersUnderAReadNextHeadingInsideTheStoryIsDropped() throws Exception {
        String html = "<html><body><article>" + story() + "<h2><strong>Read Next:</strong></h2><ul>"
                + "<li><p>A baker in the old quarter has doubled her output since the bridge reopened. "
                + "<a href='/s/1'>Here is how she did it, and what the town's other shops can learn.</a></p></li>"
                + "<li><p>The ferry will run on Sundays again. <a href='/s/2'>See the new timetable for the "
                + "winter months and the fares that go with it.</a></p></li></ul></article></body></html>";
        assertThat(read(html).body().split("\n\n")).containsExactly(P1, P2, P3);
    }

    @Test
    void aGridOfPostCardsUnderALatestNewsHeadingInsideTheStoryIsDropped() throws Exception {
        String card = "<article class='grid-post'><h3><a href='/p/%d'>%s</a></h3><div class='excerpt'><p>%s</p></div>"
                + "<a href='/p/%d'>Read the post</a></article>";
        String html = "<html><body><div class='page-column'><div class='block-one'>" + story() + "</div>"
                + "<div class='block-two'><h2>Latest News</h2></div><div class='block-three'><div class='posts'>"
                + String.format(card, 1, "Rates for the ferry", "The council set the fares for the winter season, "
                        + "and the harbour master explained why they rose for the first time in years.", 1)
                + String.format(card, 2, "The mill reopens", "After two years of repairs the old mill grinds again, "
                        + "and its owners hope that the visitors who came before the flood will return.", 2)
                + "</div></div></div></body></html>";
        String body = read(html).body();
        assertThat(body).contains(P1).contains(P3).doesNotContain("Rates for the ferry").doesNotContain("old mill");
    }

    @Test
    void aStorysOwnParagraphsUnderAnOtherNewsHeadingAreKeptThoughEachLinks() throws Exception {
        String html = "<html><body><article>" + story() + "<h3>Other news</h3><div class='digest'>"
                + "<p>The <a href='/r/1'>river authority</a> will test the flood gates of the lower weir on Monday.</p>"
                + "<p>Volunteers planted willows along the <a href='/r/2'>embankment</a> to hold its soil.</p>"
                + "</div></article></body></html>";
        assertThat(read(html).body()).contains("will test the flood gates").contains("Volunteers planted willows");
    }

    @Test
    void aStorysOwnListUnderARelatedReadingHeadingKeepsItsPlainItems() throws Exception {
        String html = "<html><body><article>" + story() + "<h3>Related reading</h3><ul>"
                + "<li>The flood report of the river authority, written after the great flood</li>"
                + "<li>The engineers' survey of the old embankment and its willows</li></ul></article></body></html>";
        assertThat(read(html).body()).contains("The flood report of the river authority");
    }

    @Test
    void aLinkedListLedInByASentenceThatBeginsLikeATeaserLabelIsTheStorysOwn() throws Exception {
        String html = "<html><body><article>" + story() + "<p>More from the river authority on floods"
                + ":</p><ul><li>Planting willows to hold an embankment together, a <a href='/r/1'>guide</a>"
                + " for riverside gardeners</li><li>What a flood barrier's gates are tested for each autumn, from the "
                + "<a href='/r/2'>engineers' notes</a></li></ul>"
                + "</article></body></html>";
        assertThat(read(html).body()).contains("Planting willows to hold an embankment together");
    }

    @Test
    void teaserLeadInsFormMessagesAndAffiliateNoticesInsideTheStoryAreDropped() throws Exception {
        String html = "<html><body><article><p>" + P1 + "</p><p>People are also reading\u2026</p><p>" + P2 + "</p>"
                + "<p>Your subscription has been successful.</p><p>" + P3 + "</p><p>Garden News may earn a small "
                + "commission if you buy something through the links on this page.</p></article></body></html>";
        assertThat(read(html).body().split("\n\n")).containsExactly(P1, P2, P3);
    }

    @Test
    void aSubheadingWhoseClassNamesItAHeaderIsKeptWhileAPageHeaderIsNot() throws Exception {
        String html = "<html><body><div class='site-header'><p>Town Gazette, your paper since 1881</p></div>"
                + "<article><p>" + P1 + "</p><h3 class='header__heading-x1'>Testing the gates</h3><p>" + P2
                + "</p><h3 class='related-header'>More from the valley</h3><p>" + P3 + "</p></article></body></html>";
        assertThat(read(html).body().split("\n\n")).containsExactly(P1, "Testing the gates", P2, P3);
    }

    @Test
    void aStoryHeadNamedAHeaderKeepsItsLeadParagraphWhileTheSiteHeaderGoes() throws Exception {
        String lead = "So the town has a new barrier at last. Here is how the river authority built it, what it cost, "
                + "and why the shopkeepers of the lower town are still waiting for their road to reopen.";
        String html = "<html><body><div class='site-header'><p>Town Gazette, your paper since 1881</p>"
                + "<a href='/'>Home</a> <a href='/news'>News</a></div><main><div class='listicle-container'>"
                + "<section class='listicle-header'><div class='listicle-intro'><p>" + lead + "</p></div></section>"
                + "<section class='listicle-body'>" + story() + "</section></div></main></body></html>";
        assertThat(read(html).body().split("\n\n")).containsExactly(lead, P1, P2, P3);
    }

    @Test
    void aStandfirstInABoxOfItsOwnAboveTheStoryIsItsLeadButALinkedTeaserAboveItIsNot() throws Exception {
        String deck = "The barrier cost more than planned and took a winter longer to build, but the lower town, flooded "
                + "twice in ten years, finally has the defence its residents asked for.";
        String teaser = "Last spring the council voted to close the ferry landing for repairs, after a storm broke "
                + "the pier in two places and the ferry company stopped its morning boats.";
        String html = "<html><body><div class='page'><div class='card'><h3><a href='/ferry'>Ferry landing "
                + "closed for repairs</a></h3><p><a href='/ferry'>" + teaser + "</a></p></div>"
                + "<div class='deck'><p>" + deck + "</p></div><div class='story-body'>" + story() + "</div></div>"
                + "</body></html>";
        assertThat(read(html).body().split("\n\n")).containsExactly(deck, P1, P2, P3);
    }

    @Test
    void tickerBoxHeadingsMediaLeadInsSoundCuesAndPodcastPlugsInsideTheStoryAreDropped() throws Exception {
        String html = "<html><body><article><p>In this article</p><p>" + P1 + "</p><p>WATCH | The barrier's gates "
                + "close for the first time:</p><p>[MUSIC: Rain on the river]</p><p>" + P2 + "</p><p>Like what "
                + "you're reading?</p><p>" + P3 + "</p><p>Hear the whole interview on River Talk. Listen and "
                + "subscribe wherever you get your podcasts.</p></article></body></html>";
        assertThat(read(html).body().split("\n\n")).containsExactly(P1, P2, P3);
    }

    @Test
    void aStoryThatMentionsWatchingOrAnArticleInItsSentencesKeepsThem() throws Exception {
        String p4 = "Watch the gates close at dawn, the engineer said, and you will see the whole town come out.";
        String p5 = "In this article of the charter, the council promised to rebuild the ferry landing.";
        String html = "<html><body><article><p>" + P1 + "</p><p>" + p4 + "</p><p>" + P2 + "</p><p>" + p5
                + "</p><p>" + P3 + "</p></article></body></html>";
        assertThat(read(html).body().split("\n\n")).containsExactly(P1, p4, P2, p5, P3);
    }

    @Test
    void pictureCreditsAndCallsToFollowOnSocialMediaAreDropped() throws Exception {
        String html = "<html><body><article><p>Illustration by Tom Reed</p><p>" + P1 + "</p><p>[Image via River "
                + "Archive]</p><p>" + P2 + "</p><p>Photos by Ann Marsh and Lee Kay, Valley Pictures.</p><p>" + P3
                + "</p><p>Follow our valley desk on Instagram and Threads.</p></article></body></html>";
        assertThat(read(html).body().split("\n\n")).containsExactly(P1, P2, P3);
    }

    @Test
    void aSentenceAboutPhotographsOrFollowersIsKept() throws Exception {
        String p4 = "Photos taken by residents during the flood were shown at the meeting. They helped the engineers.";
        String p5 = "Followers of the campaign on Facebook organised a clean-up of the riverbank on Sunday.";
        String html = "<html><body><article><p>" + P1 + "</p><p>" + p4 + "</p><p>" + P2 + "</p><p>" + p5
                + "</p><p>" + P3 + "</p></article></body></html>";
        assertThat(read(html).body().split("\n\n")).containsExactly(P1, p4, P2, p5, P3);
    }

    @Test
    void aProductionCreditClosingAnInterviewIsDroppedButNotOneInsideIt() throws Exception {
        String p4 = "The video was produced by the river authority and will be shown at the town hall this week.";
        String html = "<html><body><article><p>" + P1 + "</p><p>" + p4 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p><p>Interview with the river warden produced by Ann Marsh.</p></article></body></html>";
        assertThat(read(html).body().split("\n\n")).containsExactly(P1, p4, P2, P3);
    }

    @Test
    void aStorySentenceAboutCommissionsIsKept() throws Exception {
        String p4 = "The council may receive a commission from the regional fund, officials said.";
        String html = "<html><body><article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + p4 + "</p><p>" + P3
                + "</p></article></body></html>";
        assertThat(read(html).body().split("\n\n")).containsExactly(P1, P2, p4, P3);
    }

    private Article readAt(String html, String url) throws Exception {
        return reader.read(RawDocument.of("test.html", html.getBytes(StandardCharsets.UTF_8)).withUrl(url)
                .withFormat(RawDocument.Format.HTML));
    }

    @Test
    void theRepliesOfADiscussionThreadAreItsText() throws Exception {
        StringBuilder html = new StringBuilder("<html><body><main><div class='topic'><div class='post'>"
                + "<a href='/u/mara'>mara</a><p>" + P1 + "</p></div>");
        String[] replies = {P2, P3, "Does anyone know when the gates will be tested again?", "Next spring, I think.",
                "Thanks, that helps."};
        for (int i = 0; i < replies.length; i++) {
            html.append("<div class='comment reply'><a href='/u/user").append(i).append("'>user").append(i)
                    .append("</a><p>").append(replies[i]).append("</p></div>");
        }
        String body = readAt(html.append("</div></main></body></html>").toString(),
                "https://boards.example/forum/flood-barrier-1234").body();
        assertThat(body).contains(P1, P2, P3, "Next spring, I think.");
    }

    @Test
    void aQuestionAndItsAnswersInFramesOfTheirOwnAreAllTheThreadsText() throws Exception {
        String question = "We open a small bakery next month and wonder how early the ovens should be lit, "
                + "given that the first bread has to be on the shelves by seven, and the dough rests overnight.";
        String shortAnswer = "Light them at four, and keep a log of how long each batch takes.";
        String html = "<html><body><div id='content'><div id='question'>" + post("<p>" + question + "</p>")
                + "</div><div id='answers'><h2>2 answers</h2><div class='answer'>"
                + post("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>") + "</div><div class='answer'>"
                + post("<p>" + shortAnswer + "</p>") + "</div></div></div></body></html>";
        String body = readAt(html, "https://boards.example/forum/bakery-ovens-77").body();
        assertThat(body).contains(question, P1, P3, shortAnswer);
    }

    /** A post as thread software frames it: votes beside a cell that holds the post's text and its signature. */
    private static String post(String text) {
        return "<div class='layout'><div class='votes'><a href='/up'>up</a></div><div class='cell'>"
                + "<div class='post-text'>" + text + "</div><div class='signature'><a href='/u/x'>baker</a></div>"
                + "</div></div>";
    }

    @Test
    void theCommentsUnderANewsStoryAreNotItsText() throws Exception {
        String html = "<html><body><main><article><p>" + P1 + "</p><p>" + P2 + "</p></article>"
                + "<div class='comments'><div class='comment'><p>" + P3 + "</p></div></div></main></body></html>";
        assertThat(readAt(html, "https://news.example/2024/05/02/flood-barrier").body()).doesNotContain(P3);
    }
}
