package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.core.Pipeline;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The page-level features of the learned event filter, on pages written for this test: a news story about states
 * and a review of a kettle look different to the filter whatever their sentences say, and the headline's and the
 * address's shapes are read as language, never as a site.
 */
class PageFeaturesTest {
    private static final String NEWS = "French police arrested twenty German protesters in Paris on May 3. "
            + "The German government protested to France on Friday. The Italian foreign minister criticised both "
            + "governments. The European Union called for calm.";
    private static final String REVIEW = "The kettle boils a litre in three minutes. Its handle stays cool and the lid "
            + "opens with one hand. The reviewer slammed the flimsy filter. The base is heavy enough to stay put. "
            + "Cleaning it takes a minute.";

    private static Pipeline.FilterInput coded(String headline, String url, String body) {
        Article a = new Article("t", "test", url, headline, null, null, null, null, "2023-05-10", false, List.of(), null,
                null, "en", body, "");
        return GoldEvents.PIPELINE.annotateForFilter(a);
    }

    @Test
    void aStoryAboutStatesHasMostSentencesNamingAPublicPartyAndSeveralStates() {
        Pipeline.FilterInput in = coded("Police arrest protesters in Paris", null, NEWS);
        assertThat(in.features()).isNotEmpty();
        assertThat(in.features().get(0)).contains("page-public=most", "page-states=2-3", "party=public",
                "page-sentences=1-5", "headline=plain", "section=none");
    }

    @Test
    void aReviewOfAKettleNamesNoPublicPartyAndItsEventsHaveNone() {
        Pipeline.FilterInput in = coded("Kettle review: fast but flimsy", "https://example.org/reviews/kitchen/fast-kettle",
                REVIEW);
        assertThat(in.features()).isNotEmpty();
        assertThat(in.features().get(0)).contains("page-public=0", "page-states=0", "page-public-events=none",
                "party=private", "party*page-public=private|0", "headline=review", "section=leisure");
    }

    @Test
    void theHeadlineShapeTellsQuestionsGuidesListsAndReviews() {
        assertThat(PageFeatures.headlineShape("Is the new phone worth it?")).isEqualTo("question");
        assertThat(PageFeatures.headlineShape("How to grow tomatoes on a balcony")).isEqualTo("how-what");
        assertThat(PageFeatures.headlineShape("7 ways to save on heating")).isEqualTo("counted-list");
        assertThat(PageFeatures.headlineShape("The 10 best walks in the hills")).isEqualTo("counted-list");
        assertThat(PageFeatures.headlineShape("Garden chair review")).isEqualTo("review");
        assertThat(PageFeatures.headlineShape("Minister resigns after vote")).isEqualTo("plain");
        assertThat(PageFeatures.headlineShape(" ")).isEqualTo("none");
    }

    @Test
    void theSectionIsReadFromTheFoldersNeverFromTheSiteOrTheTitle() {
        assertThat(PageFeatures.section("https://example.org/politics/2023/05/minister-resigns")).isEqualTo("public");
        assertThat(PageFeatures.section("https://example.org/opinion/why-we-should-care")).isEqualTo("opinion");
        assertThat(PageFeatures.section("https://example.org/food-and-drink-2/best-soup")).isEqualTo("leisure");
        assertThat(PageFeatures.section("https://politics.example.org/2023/05/reviews")).isEqualTo("none");
        assertThat(PageFeatures.section("https://example.org/stories/politics")).isEqualTo("other");
        assertThat(PageFeatures.section(null)).isEqualTo("none");
    }

    @Test
    void theShareOfPublicSentencesFallsIntoFewBins() {
        assertThat(PageFeatures.publicShareBin(0)).isEqualTo("0");
        assertThat(PageFeatures.publicShareBin(0.1)).isEqualTo("low");
        assertThat(PageFeatures.publicShareBin(0.2)).isEqualTo("some");
        assertThat(PageFeatures.publicShareBin(0.5)).isEqualTo("half");
        assertThat(PageFeatures.publicShareBin(0.9)).isEqualTo("most");
    }
}
