package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.dateline.core.Pipeline;
import org.dateline.core.language.Sentence;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
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
    void aStoryAboutStatesAndTheEuHasMostSentencesNamingAPublicPartyAndFourParties() {
        Pipeline.FilterInput in = coded("Police arrest protesters in Paris", null, NEWS);
        assertThat(in.features()).isNotEmpty();
        assertThat(in.features().get(0)).contains("page-public=most", "page-states=4+", "party*page-public=public|most",
                "page-sentences=1-5", "headline=plain").noneMatch(f -> f.startsWith("section="));
    }

    @Test
    void aPageWithoutAHeadlineOrWithAnAddressOfNoKnownSectionGetsNoFeatureForIt() {
        Pipeline.FilterInput bare = coded(null, null, NEWS);
        assertThat(bare.features().get(0)).noneMatch(f -> f.startsWith("headline=") || f.startsWith("section="));
        Pipeline.FilterInput filed = coded("Police arrest protesters in Paris", "https://example.org/stories/2023/arrests", NEWS);
        assertThat(filed.features().get(0)).contains("headline=plain").noneMatch(f -> f.startsWith("section="));
    }

    @Test
    void aReviewOfAKettleNamesNoPublicPartyAndItsEventWithAPrivatePartyIsMarkedPrivate() {
        Article a = new Article("t", "test", "https://example.org/reviews/kitchen/fast-kettle", "Kettle review: fast "
                + "but flimsy", null, null, null, null, "2023-05-10", false, List.of(), null, null, "en", REVIEW, "");
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < 5; i++) sentences.add(new Sentence(i, 0, 0, List.of(), List.of()));
        Entity reviewer = new Entity("The reviewer", EntityType.GROUP, 0, 12, null, null, "CVL", null, 2);
        sentences.set(2, sentences.get(2).withMentions(List.of(reviewer)));
        Event slammed = Event.builder().type(EventType.ACCUSE).actors(List.of(new Participant("reviewer", null, "CVL")))
                .sentence(2).build();
        List<String> page = PageFeatures.ofPage(a, sentences, List.of(slammed));
        assertThat(page).contains("page-public=0", "page-states=0", "page-sentences=1-5", "headline=review",
                "section=leisure");
        assertThat(PageFeatures.ofEvent(slammed, page)).contains("party*page-public=private|0");
    }

    @Test
    void aCourtOrAnArmyMakesASentencePublicAndAStateNamedCountsOnce() {
        Entity court = new Entity("the court", EntityType.ORGANIZATION, 0, 9, null, "FRA", "JUD", null, 0);
        Entity france = new Entity("France", EntityType.COUNTRY, 20, 26, null, "FRA", null, null, 1);
        Entity shop = new Entity("the shop", EntityType.ORGANIZATION, 30, 38, null, null, "BUS", null, 2);
        List<Sentence> sentences = List.of(new Sentence(0, 0, 10, List.of(), List.of(court)),
                new Sentence(1, 10, 27, List.of(), List.of(france)), new Sentence(2, 27, 40, List.of(), List.of(shop)),
                new Sentence(3, 40, 50, List.of(), List.of()));
        assertThat(PageFeatures.publicSentenceShare(sentences)).isEqualTo(0.5);
        assertThat(PageFeatures.statesNamed(sentences)).isEqualTo(1);
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
