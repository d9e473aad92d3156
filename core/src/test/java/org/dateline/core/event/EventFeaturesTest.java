package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.core.Pipeline;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * The features the learned event filter weighs, on stories written for this test (published 10 May 2023): what a
 * question, a plan, a quoted claim and a dated past act look like to the filter.
 */
class EventFeaturesTest {

    /** The features of the first event of {@code type} the story codes, filter off. */
    private static List<String> featuresOf(String body, EventType type) {
        Article a = new Article("t", "test", null, null, null, null, null, null, "2023-05-10", false, List.of(), null,
                null, "en", body, "");
        Pipeline.FilterInput in = GoldEvents.PIPELINE.annotateForFilter(a);
        List<Event> events = in.annotated().events();
        for (int i = 0; i < events.size(); i++) if (events.get(i).type() == type) return in.features().get(i);
        throw new AssertionError("no " + type + " event in: " + events);
    }

    @Test
    void aQuestionIsMarkedAsOne() {
        assertThat(featuresOf("Why did the Spanish minister criticise Portugal on Monday?", EventType.ACCUSE))
                .contains("question", "tense=VB");
        assertThat(featuresOf("The Spanish minister criticised Portugal on Monday.", EventType.ACCUSE))
                .contains("tense=VBD").doesNotContain("question");
    }

    @Test
    void aPlanForNextWeekIsModalPlannedAndNotDatedInThePast() {
        assertThat(featuresOf("The French foreign minister will visit Berlin next week to meet German officials.", EventType.CONSULT))
                .contains("modal", "status=planned", "tense=VB", "time-expression")
                .doesNotContain("question", "date=earlier", "status=occurred");
    }

    @Test
    void aClaimInsideQuotationMarksIsInQuoteAndSpokenInTheFirstPerson() {
        assertThat(featuresOf("\"German troops attacked our soldiers,\" the French president said.", EventType.ASSAULT))
                .contains("in-quote", "first-person", "reporting-verb").doesNotContain("question");
    }

    @Test
    void aDatedPastActIsInThePastTenseAndEarlierThanThePublicationDay() {
        assertThat(featuresOf("French police arrested twenty German protesters in Paris on May 3.", EventType.COERCE))
                .contains("tense=VBD", "date=earlier", "time-expression", "position=first", "lemma=arrest", "type=COERCE")
                .doesNotContain("modal", "in-quote", "first-person", "negation");
    }

    @Test
    void aTriggerCodedInAnEarlierSentenceIsMarkedOnTheLaterEvent() {
        String body = "French police arrested twenty German protesters in Paris on May 3. "
                + "Police also arrested ten Italian tourists in Lyon on May 4.";
        Article a = new Article("t", "test", null, null, null, null, null, null, "2023-05-10", false, List.of(), null,
                null, "en", body, "");
        List<List<String>> features = GoldEvents.PIPELINE.annotateForFilter(a).features();
        assertThat(features).hasSizeGreaterThanOrEqualTo(2);
        assertThat(features.get(0)).doesNotContain("trigger-coded-before");
        assertThat(features.get(features.size() - 1)).contains("trigger-coded-before", "position=second", "events=2-3");
    }

    @Test
    void theDateIsComparedWithThePublicationDayAtItsOwnPrecision() {
        assertThat(EventFeatures.dateAgainstPublication("2023-05-10", "2023-05-10")).isEqualTo("same");
        assertThat(EventFeatures.dateAgainstPublication("2023-05", "2023-05-10")).isEqualTo("same-period");
        assertThat(EventFeatures.dateAgainstPublication("2023-04-30", "2023-05-10")).isEqualTo("earlier");
        assertThat(EventFeatures.dateAgainstPublication("2024", "2023-05-10")).isEqualTo("later");
        assertThat(EventFeatures.dateAgainstPublication(null, "2023-05-10")).isEqualTo("none");
        assertThat(EventFeatures.dateAgainstPublication("PAST_REF", "2023-05-10")).isEqualTo("none");
    }

    @Test
    void partiesAreNamedByANameACommonNounOrAPronounAndAreOfOneStateOrTwo() {
        Participant france = new Participant("France", "FRA", "GOV");
        Participant police = new Participant("the police", "FRA", "COP");
        Participant germans = new Participant("German protesters", "DEU", "CVL");
        assertThat(EventFeatures.shape(List.of(france))).isEqualTo("name");
        assertThat(EventFeatures.shape(List.of(police))).isEqualTo("common");
        assertThat(EventFeatures.shape(List.of(germans))).isEqualTo("common");
        assertThat(EventFeatures.shape(List.of(new Participant("they", null, null)))).isEqualTo("pronoun");
        assertThat(EventFeatures.shape(List.of())).isEqualTo("none");
        assertThat(EventFeatures.relation(List.of(police), List.of(france))).isEqualTo("domestic");
        assertThat(EventFeatures.relation(List.of(police), List.of(germans))).isEqualTo("foreign");
        assertThat(EventFeatures.relation(List.of(police), List.of(new Participant("someone", null, null)))).isEqualTo("unknown");
        assertThat(EventFeatures.relation(List.of(police), List.of())).isEqualTo("no-recipient");
    }

    @Test
    void anEarlierDateIsDaysMonthsOrYearsBeforeThePublicationDay() {
        assertThat(EventFeatures.gapBeforePublication("2023-05-03", "2023-05-10")).isEqualTo("days");
        assertThat(EventFeatures.gapBeforePublication("2023-02", "2023-05-10")).isEqualTo("months");
        assertThat(EventFeatures.gapBeforePublication("1998", "2023-05-10")).isEqualTo("years");
        assertThat(EventFeatures.gapBeforePublication("2023-05-10", "2023-05-10")).isNull();
        assertThat(EventFeatures.gapBeforePublication("2024-01-01", "2023-05-10")).isNull();
    }

    @Test
    void theSameActOfTheSamePartyToldAgainIsMarkedOnTheRestatement() {
        Event first = Event.builder().id("E1").type(EventType.COERCE).trigger("arrested").sentence(0)
                .actors(List.of(new Participant("French police", "FRA", "COP"))).build();
        Event again = Event.builder().id("E2").type(EventType.COERCE).trigger("detained").sentence(2)
                .actors(List.of(new Participant("french police", "FRA", "COP"))).build();
        Event other = Event.builder().id("E3").type(EventType.COERCE).trigger("detained").sentence(3)
                .actors(List.of(new Participant("Italian police", "ITA", "COP"))).build();
        assertThat(EventFeatures.inArticle(again, List.of(first), 2)).contains("same-type-and-actor-before");
        assertThat(EventFeatures.inArticle(other, List.of(first, again), 3)).doesNotContain("same-type-and-actor-before")
                .contains("type-coded-before");
    }
}
