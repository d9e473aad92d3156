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

    private static final Article ROYAL_STORY = page("Duchess opens new children's ward",
            "The Duchess of Albany opened a children's ward at Kingsmead Hospital on Thursday. The palace said she had "
            + "asked to meet the nurses who ran the night shifts. Crowds waited outside since dawn to see the royal visitor. "
            + "She unveiled a plaque and planted a tree in the garden. The monarchy has backed the hospital's appeal for "
            + "ten years. Staff gave her a card made by the young patients.");

    private static final Article COUNCIL_STORY = page("Town votes to close the old market",
            "Members of the town council voted on Tuesday to close the old market by the end of the year. The councillors "
            + "said the building was no longer safe. Traders asked them to delay the vote until spring. A new ordinance bans "
            + "stalls on the high street from June. The municipal engineer said repairs would cost twice the yearly budget. "
            + "Traders plan to meet the councillors again next week.");

    private static final Article POP_STARS = page("The king of pop and the queen of soul, on one record",
            "The singer called Prince the king of the studio. Her new album opens with a song about a throne of gold. "
            + "The queen of soul first sang it in a small club in Detroit. Fans have streamed the record a million times. "
            + "The band plays a tour of twelve cities next spring. The singer said the songs were written in one summer.");

    @Test
    void aStoryOfARoyalHouseUsesWordsOfPublicLifeThatNameTheMonarchy() {
        PublicAffairs.Cues cues = judged(ROYAL_STORY, false).publicAffairs().cues();
        assertThat(cues.publicWords()).isGreaterThanOrEqualTo(PublicAffairs.MIN_PUBLIC_WORDS); // palace, royal, monarchy
        assertThat(judged(ROYAL_STORY, false).publicAffairs().reports()).isTrue();
    }

    @Test
    void aStoryOfATownCouncilUsesWordsOfPublicLifeThatNameLocalGovernment() {
        PublicAffairs.Cues cues = judged(COUNCIL_STORY, false).publicAffairs().cues();
        assertThat(cues.publicWords()).isGreaterThanOrEqualTo(PublicAffairs.MIN_PUBLIC_WORDS); // council(lors), ordinance, municipal
        assertThat(judged(COUNCIL_STORY, false).publicAffairs().reports()).isTrue();
    }

    @Test
    void kingsQueensPrincesAndThronesOfSongsAreNoWordsOfPublicLife() {
        assertThat(judged(POP_STARS, false).publicAffairs().cues().publicWords()).isZero();
    }

    private static final Article ADVOCATES_STORY = page("Doctor's killing stirs anger in Maple Falls",
            "A gunman shot a doctor at his home in Maple Falls on Friday night. The doctor's wife found him in the kitchen. "
            + "Neighbours said the family had lived on the street for twenty years. Laura Penn, deputy director of the "
            + "National Tenants Federation, condemned the shooting on Saturday. She called on landlords' groups to calm "
            + "their language. Canada has seen three such attacks on doctors since 1994. Residents gathered with candles "
            + "outside the house. Many said the street had always been quiet.");

    private static final Article FOOTBALL_BODY_STORY = page("Striker banned for three matches",
            "The Borsk Football Association charged the striker on Monday after the derby. The association condemned "
            + "his tackle on the goalkeeper in the second half. The club said it would appeal the ban before the league "
            + "match on Saturday. His coach called on the referees to watch the defenders too. The fans sang his name "
            + "at the stadium. Ruritania's cup final is next month.");

    @Test
    void anAdvocacyFederationsOfficerCondemningAKillingMakesAPageOfPublicAffairs() {
        Pipeline.Judged j = judged(ADVOCATES_STORY, false);
        assertThat(j.publicAffairs().reports()).as(j.publicAffairs().reason()).isTrue();
        assertThat(j.annotated().events()).isNotEmpty();
    }

    @Test
    void aFootballAssociationOnAMatchReportIsNoPartyOfPublicLife() {
        Pipeline.Judged j = judged(FOOTBALL_BODY_STORY, false);
        assertThat(j.publicAffairs().reports()).as(j.publicAffairs().reason()).isFalse();
    }
}
