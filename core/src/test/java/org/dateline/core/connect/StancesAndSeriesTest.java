package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * What two named parties and a word of a series tell of one happening: a meeting of two named parties is one of few,
 * a stance of one toward the other is taken in every other story; "another round" of drills is the next round.
 */
class StancesAndSeriesTest {
    private static final List<Participant> ORRIN = List.of(new Participant("Tomas Orrin", "RUR", "GOV"));
    private static final List<Participant> VELMAR = List.of(p("Velmar", "VEL"));

    @Test
    void aLeadersBackingOfAnotherStateToldTwiceIsTwoStancesHoweverBothNameTheParties() {
        Article a = article("a", "2024-05-02", "Orrin flayed",
                "He connived at and backed Velmar's moves to stage a comeback to the peninsula in return for its loans"
                        + " and its silence over the harbour scandal.");
        Article b = article("b", "2024-05-07", "Declaration issued",
                "The declaration said Orrin has backed Velmar's moves to turn itself into a naval giant through his"
                        + " zealous cooperation, as his insistence on a treaty despite public opposition shows.");
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.SUPPORT, ORRIN, VELMAR, null, null, EventStatus.OCCURRED,
                        "backed Velmar's moves")),
                annotated(b, List.of(), event(b, "e1", EventType.SUPPORT, ORRIN, VELMAR, null, null, EventStatus.OCCURRED,
                        "has backed Velmar's moves"))));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void whoBacksWhomSinglesOutNoOccasionButWhoMeetsWhomDoes() {
        assertThat(StoryFit.singledOutByParties(DeedKind.OTHER)).isFalse();
        assertThat(StoryFit.singledOutByParties(DeedKind.MEETING)).isTrue();
        assertThat(StoryFit.singledOutByParties(DeedKind.VISIT)).isTrue();
        assertThat(StoryFit.singledOutByParties(DeedKind.MILITARY)).isTrue();
    }

    @Test
    void aWordOfOneMoreOfASeriesMarksTheDeedButAnotherThingDoesNot() {
        assertThat(NextOccasions.marked(Tellings.words("Velmar staged another round of air drills at the base"))).isTrue();
        assertThat(NextOccasions.marked(Tellings.words("The army launched a new wave of strikes"))).isTrue();
        assertThat(NextOccasions.marked(Tellings.words("It was yet another provocation"))).isTrue();
        assertThat(NextOccasions.marked(Tellings.words("The two sides respect one another"))).isFalse();
        assertThat(NextOccasions.marked(Tellings.words("The envoy left for another country"))).isFalse();
        assertThat(NextOccasions.marked(Tellings.words("They staged air drills at the base"))).isFalse();
    }

    private static final List<Participant> ALLIES = List.of(p("Velmar", "VEL"), p("Ruritania", "RUR"));

    private static Connected drills(String firstPhrase, String laterPhrase) {
        Article a = article("a", "2024-11-02", "Air drill staged",
                "Velmar and Ruritania " + firstPhrase + " at the Tarvo air base, aimed at a preemptive strike.");
        Article b = article("b", "2024-11-12", "Air drill staged",
                "Velmar and Ruritania " + laterPhrase + " at the Tarvo air base, aimed at a preemptive strike.");
        return Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.COOPERATE, ALLIES, List.of(), null, "Tarvo",
                        EventStatus.OCCURRED, firstPhrase)),
                annotated(b, List.of(), event(b, "e1", EventType.COOPERATE, ALLIES, List.of(), null, "Tarvo",
                        EventStatus.OCCURRED, laterPhrase))));
    }

    @Test
    void anotherRoundOfDrillsReportedDaysAfterTheDrillsIsTheNextRound() {
        Connected c = drills("staged a joint aerial attack drill", "staged another round of joint aerial attack drill");
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void theDrillToldAgainDaysLaterWithoutASeriesWordIsStillOneDrill() {
        Connected c = drills("staged a joint aerial attack drill", "staged a joint aerial attack drill");
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void aLaterReportOfTheRoundFirstToldAsAnotherIsThatRound() {
        Connected c = drills("staged another round of joint aerial attack drill", "staged the joint aerial attack drill");
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void aStatementOfOneCommitteeAndAnArticleItPostedAreTwoThingsIssued() {
        List<Participant> committee = List.of(new Participant("Tarvo Study Committee", "NGA", "NGO"));
        Article a = article("a", "2024-08-08", "Committee statement",
                "The Tarvo Study Committee noted in its statement that progressive people are supporting the charters,"
                        + " praising them as the fairest programme for reunification.");
        Article b = article("b", "2024-08-17", "Article posted",
                "The Tarvo Study Committee on August 6 posted on its homepage an article praising the feats the"
                        + " President performed for liberation.");
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.SUPPORT, committee, List.of(), null, null,
                        EventStatus.OCCURRED, "praising them as the fairest programme for reunification")),
                annotated(b, List.of(), event(b, "e1", EventType.SUPPORT, committee, List.of(), "2024-08-06", null,
                        EventStatus.OCCURRED, "praising the feats the President performed"))));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }
}
