package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.core.Pipeline;
import org.dateline.core.read.draft.PageType;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;

/** Pages that report public affairs keep their events; pages of sport, products and leisure get none unless asked. */
class PublicAffairsTest {
    private static Article page(String headline, String body) {
        return new Article("t", "test", null, headline, null, null, null, null, "2023-05-10", false, List.of(), null,
                null, "en", body, "");
    }

    private static Pipeline.Judged judged(Article a, boolean everyPage) {
        return GoldEvents.PIPELINE.annotateJudged(a, everyPage);
    }

    private static final Article PRODUCT_REVIEW = page("The Volta X2 is the charger to beat",
            "The Volta X2 supports fast charging for every phone we tried. Its battery pack charges a laptop twice over. "
            + "The reviewer slammed the cable, which frays within weeks. The warranty covers two years of use. "
            + "Acme Labs partnered with a chip maker while also supporting the development of smaller chargers. "
            + "The discount code brings the price down at checkout. We recommend it to anyone who travels with gadgets. "
            + "The smartphone app shows how much charge is left.");

    private static final Article MATCH_REPORT = page("Rovers edge United in a late thriller",
            "Rovers attacked from the first whistle and scored twice before halftime. Their striker beat two defenders "
            + "for the opener. United's coach said his players lost their shape after the break. The goalkeeper made six "
            + "saves in the second half. Rovers now lead the league by four points. The teammates celebrated with the fans "
            + "at the stadium. The next fixture is on Saturday.");

    private static final Article PRESS_RELEASE = page("Ministry announces new rules on school meals",
            "The Ministry of Education announced new rules on school meals on Tuesday. The minister said the government "
            + "would fund free lunches in every state school. The opposition Labour Party criticised the plan as too small. "
            + "The prime minister met teachers' unions in London to discuss the rules. Parliament will vote on the bill "
            + "next month. The ministry said the rules follow a report by the national audit office.");

    private static final Article COURT_STORY = page("Man jailed over break-ins at village shops",
            "A man was jailed for four years at Leeds Crown Court on Monday for a string of break-ins. Judge Anne Rowe told "
            + "him the shopkeepers had lived in fear. Police arrested him in March after a neighbour reported a van. "
            + "Prosecutors said he had stolen cash and cigarettes from six shops. His lawyer said he had struggled with debt. "
            + "The court ordered him to repay the shopkeepers.");

    @Test
    void aProductReviewWithSupportsAndPartneredReportsNoPublicAffairsAndGetsNoEvents() {
        Pipeline.Judged j = judged(PRODUCT_REVIEW, false);
        assertThat(j.publicAffairs().reports()).isFalse();
        assertThat(j.publicAffairs().reason()).contains("names little public life");
        assertThat(j.annotated().events()).isEmpty();
        assertThat(j.annotated().entities()).isNotEmpty(); // the page is still read and analysed
    }

    @Test
    void aMatchReportWithAttackedReportsNoPublicAffairsAndSaysItsWordsOfSport() {
        Pipeline.Judged j = judged(MATCH_REPORT, false);
        assertThat(j.publicAffairs().reports()).isFalse();
        assertThat(j.publicAffairs().reason()).contains("words of sport");
        assertThat(j.annotated().events()).isEmpty();
    }

    @Test
    void aGovernmentPressReleaseReportsPublicAffairsAndKeepsItsEvents() {
        Pipeline.Judged j = judged(PRESS_RELEASE, false);
        assertThat(j.publicAffairs().reports()).isTrue();
        assertThat(j.annotated().events()).isNotEmpty();
    }

    @Test
    void aLocalStoryAboutACourtReportsPublicAffairs() {
        Pipeline.Judged j = judged(COURT_STORY, false);
        assertThat(j.publicAffairs().reports()).isTrue();
        assertThat(j.annotated().events()).isNotEmpty();
    }

    @Test
    void askingForEveryPageKeepsTheEventsOfAPageThatReportsNoPublicAffairs() {
        Pipeline.Judged every = judged(PRODUCT_REVIEW, true);
        assertThat(every.publicAffairs().reports()).isFalse(); // still said, only not acted on
        assertThat(every.annotated().events()).hasSameSizeAs(GoldEvents.PIPELINE.annotateForFilter(PRODUCT_REVIEW).annotated().events());
    }

    @Test
    void wireCopyReportsPublicAffairsWhateverItsWords() {
        PublicAffairs.Cues sporty = new PublicAffairs.Cues(true, 3, 0, 20, 0, 0, 0, 9, "plain");
        assertThat(PublicAffairs.of(sporty).reports()).isTrue();
        assertThat(PublicAffairs.of(sporty).reason()).isEqualTo("wire copy");
    }

    @Test
    void aTextOfAFewSentencesIsTooShortToJudgeAndKeepsItsEvents() {
        PublicAffairs.Cues two = new PublicAffairs.Cues(false, 1, 0, 2, 0, 0, 0, 0, "plain");
        assertThat(PublicAffairs.of(two).reports()).isTrue();
        assertThat(PublicAffairs.of(two).reason()).startsWith("too short to judge");
    }

    @Test
    void aProductPageOrAForumThreadReportsNoPublicAffairsWhateverItsWordsAndAnArticleIsJudgedByItsText() {
        PublicAffairs byText = new PublicAffairs(true, "9 of 20 sentences name a public party");
        PublicAffairs product = byText.onPage(new PageType.Judged(PageType.PRODUCT, "JSON-LD @type Product"));
        assertThat(product.reports()).isFalse();
        assertThat(product.reason()).contains("product page").contains("JSON-LD @type Product");
        assertThat(byText.onPage(new PageType.Judged(PageType.FORUM, "posts")).reports()).isFalse();
        assertThat(byText.onPage(new PageType.Judged(PageType.ARTICLE, "JSON-LD @type NewsArticle"))).isEqualTo(byText);
        assertThat(byText.onPage(new PageType.Judged(PageType.LISTING, "12 linked headlines"))).isEqualTo(byText);
    }

    @Test
    void twoEventsOfAStateInALongColumnThatSeldomNamesOneAreNoReportOfPublicAffairs() {
        PublicAffairs.Cues column = new PublicAffairs.Cues(false, 3, 2, 200, 6, 1, 2, 0, "plain");
        assertThat(PublicAffairs.of(column).reports()).isFalse();
        PublicAffairs.Cues story = new PublicAffairs.Cues(false, 3, 2, 40, 6, 1, 0, 0, "plain");
        assertThat(PublicAffairs.of(story).reports()).isTrue();
    }

    @Test
    void aPageWhosePartiesAreOftenStatesReportsPublicAffairsWithoutAnyWordOfTheList() {
        PublicAffairs.Cues states = new PublicAffairs.Cues(false, 0, 0, 20, 6, 0, 0, 0, "plain");
        assertThat(PublicAffairs.of(states).reports()).isTrue();
        PublicAffairs.Cues none = new PublicAffairs.Cues(false, 2, 0, 20, 1, 1, 0, 0, "plain");
        assertThat(PublicAffairs.of(none).reports()).isFalse();
    }
}
