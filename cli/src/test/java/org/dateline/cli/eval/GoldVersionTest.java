package org.dateline.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class GoldVersionTest {
    private static final String STORY = "The harbour board voted on Tuesday to close the north quay for repairs. "
            + "Fishing crews will moor at the south basin until the work ends in the spring, the board said.";

    private static GoldPage gold(String title, String body) {
        return new GoldPage("p1", Path.of("p1.html"), "https://example.org/p1", title, "", null, body, "article");
    }

    private static String page(String title, String text) {
        return "<html><head><title>" + title + "</title></head><body><nav>Home News Sport</nav><h1>" + title
                + "</h1><p>" + text + "</p><footer>Contact us</footer></body></html>";
    }

    private static GoldPage datedOnly(String date) {
        return new GoldPage("p2", Path.of("p2.html"), "https://example.org/p2", null, null, date, null, null);
    }

    private static String germanPage(String dateLine) {
        return "<html lang=\"de-DE\"><head><title>Hafen</title></head><body><h1>Hafen wird gesperrt</h1><p>"
                + dateLine + "</p><p>Der Nordkai bleibt bis zum Frühjahr zu.</p></body></html>";
    }

    @Test
    void aDateOnlyGoldWhoseDayThePageWritesInItsOwnLanguageDescribesThePage() {
        assertThat(GoldVersion.of(datedOnly("2022-02-24"), germanPage("Veröffentlicht am 24. Februar 2022")))
                .isEqualTo(GoldVersion.Difference.NONE);
        assertThat(GoldVersion.of(datedOnly("2013-10-26"), germanPage("Stand: 26.10.13")))
                .isEqualTo(GoldVersion.Difference.NONE);
    }

    @Test
    void aDateOnlyGoldWhoseDayThePageNowhereWritesDiffersByItsDay() {
        assertThat(GoldVersion.of(datedOnly("2022-02-24"), germanPage("Veröffentlicht am 24. Januar 2022")))
                .isEqualTo(GoldVersion.Difference.DATE);
    }

    @Test
    void aGoldWhoseStoryThePageHoldsDescribesThePage() {
        assertThat(GoldVersion.of(gold("Quay to close", STORY), page("Quay to close", STORY)))
                .isEqualTo(GoldVersion.Difference.NONE);
    }

    @Test
    void aGoldWrittenFromARewrittenStoryDiffersByItsBody() {
        String rewritten = "Repairs will shut the north quay, the harbour board decided in a vote held this week; "
                + "boats are to tie up in the southern basin while builders are at work through the winter.";
        assertThat(GoldVersion.of(gold("Quay to close", STORY), page("Quay to close", rewritten)))
                .isEqualTo(GoldVersion.Difference.BODY);
    }

    @Test
    void aStoryTheBrowserBuildsFromAScriptIsStillInThePage() {
        String html = "<html><head><title>Quay to close</title><script>window.story = {\"text\": \"" + STORY
                + "\"};</script></head><body><div id=\"app\"></div></body></html>";
        assertThat(GoldVersion.of(gold("Quay to close", STORY), html)).isEqualTo(GoldVersion.Difference.NONE);
    }

    @Test
    void entitiesLeftEscapedInTheGoldAreReadAsTheirCharacters() {
        String story = "The board's vote closes the quay; the crews' boats move south and the board's staff will "
                + "count the boats that can't fit.";
        String escaped = story.replace("'", "&#39;");
        assertThat(GoldVersion.bodyShare(escaped, story)).isEqualTo(1.0);
    }

    @Test
    void aGoldTitleNowhereInThePageDiffersByItsTitle() {
        assertThat(GoldVersion.of(gold("Harbour strike ends", STORY), page("Quay to close", STORY)))
                .isEqualTo(GoldVersion.Difference.TITLE);
    }

    @Test
    void aReaderThatMissesBoilerplateDoesNotMakeTheGoldDiffer() {
        // the test never looks at a reader's output: a page full of furniture still holds the gold's story
        String furniture = "Subscribe to our newsletter. Most read today. Share this story on social media. ";
        assertThat(GoldVersion.of(gold("Quay to close", STORY), page("Quay to close", furniture.repeat(20) + STORY)))
                .isEqualTo(GoldVersion.Difference.NONE);
    }

    @Test
    void everyRunOfTheGoldIsCountedAsOftenAsTheGoldRepeatsIt() {
        String gold = "the quay is shut the quay is shut";   // five runs, "the quay is shut" twice
        assertThat(GoldVersion.bodyShare(gold, "Notice: the quay is shut today")).isEqualTo(2.0 / 5);
        assertThat(GoldVersion.bodyShare(gold, gold)).isEqualTo(1.0);
    }

    @Test
    void aGoldOfFewerWordsThanARunIsFoundOnlyAsAWholePage() {
        assertThat(GoldVersion.bodyShare("Quay shut", "quay shut")).isEqualTo(1.0);
        assertThat(GoldVersion.bodyShare("Quay shut", "the quay shut today")).isEqualTo(0.0);
        assertThat(GoldVersion.bodyShare("the quay is shut", "quay shut")).isEqualTo(0.0);
    }
}
