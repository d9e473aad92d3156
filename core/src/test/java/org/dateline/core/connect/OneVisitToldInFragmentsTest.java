package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * One state visit told by many reports: the host state under its several names, a welcome or a newspaper's pages
 * that give no date, and the dated report that says which visit they mean.
 */
class OneVisitToldInFragmentsTest {
    @Test
    void aStateIsKeyedByOneNameWhicheverOfItsNamesTheReportUses() {
        assertThat(StateNames.of(p("Republic of Korea", "KOR"))).isEqualTo("South Korea");
        assertThat(StateNames.of(p("the Republic of Korea", "KOR"))).isEqualTo("South Korea");
        assertThat(StateNames.of(p("South Korea", "KOR"))).isEqualTo("South Korea");
    }

    @Test
    void aBodyNamedAfterItsStateOrAStateCodedOtherwiseKeepsItsName() {
        assertThat(StateNames.of(p("Republic of Korea Navy", "KOR"))).isEqualTo("Republic of Korea Navy");
        assertThat(StateNames.of(p("Republic of Korea", "PRK"))).isEqualTo("Republic of Korea");
        assertThat(StateNames.of(new Participant("Republic of Korea", null, null))).isEqualTo("Republic of Korea");
    }

    @Test
    void twoReportsOfOneVisitThatNameTheHostDifferentlyAreOneVisit() {
        Article a = article("a", "2024-04-09", "Visit", "Prime Minister Ingrid Dahl arrived in Seoul on Monday for a visit to the Republic of Korea.");
        Article b = article("b", "2024-04-10", "Visit", "Ingrid Dahl began her visit to South Korea on Monday with a call at a shipyard.");
        List<Participant> dahl = List.of(p("Ingrid Dahl", "NOR"));
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.CONSULT, dahl, List.of(p("Republic of Korea", "KOR")),
                        "2024-04-08", null, EventStatus.OCCURRED, "visit to the Republic of Korea")),
                annotated(b, List.of(), event(b, "e1", EventType.CONSULT, dahl, List.of(p("South Korea", "KOR")),
                        "2024-04-08", null, EventStatus.OCCURRED, "began her visit to South Korea"))));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    private static final List<Participant> DAHL = List.of(p("Ingrid Dahl", "NOR"));
    private static final List<Participant> KOREA = List.of(p("South Korea", "KOR"));
    private static final List<Entity> NAMES = List.of(person("Ingrid Dahl", "NOR", "prime minister"), state("South Korea", "KOR"));

    /** A visit of the prime minister to South Korea the text dates. */
    private static Annotated dated(String id, String published, String day, String body, String phrase) {
        Article a = article(id, published, "Visit", body);
        return annotated(a, NAMES, event(a, "e1", EventType.CONSULT, DAHL, KOREA, day, null, EventStatus.OCCURRED, phrase));
    }

    /** A report of the visit the text gives no date, in a place or none. */
    private static Annotated undated(String id, String published, String place, String body, String phrase) {
        Article a = article(id, published, "Visit", body);
        Event e = event(a, "e1", EventType.CONSULT, DAHL, KOREA, published, place, EventStatus.OCCURRED, phrase);
        return new Annotated(a, NAMES, List.of(), List.of(), List.of(e));
    }

    private static final String ARRIVED = "Prime Minister Ingrid Dahl arrived on Monday for an official visit to South Korea.";

    @Test
    void undatedReportsOfAVisitThatShareNoWordWithItAreReportsOfTheOneDatedVisitOfThePair() {
        Connected c = Connector.connect(List.of(
                dated("a", "2024-04-09", "2024-04-08", ARRIVED, "arrived on Monday for an official visit to South Korea"),
                undated("b", "2024-04-11", null, "Shipbuilders cheered the news of Ingrid Dahl's trip to South Korea.",
                        "Ingrid Dahl's trip to South Korea"),
                undated("c", "2024-04-16", null, "A magazine devoted four pages to the tour Ingrid Dahl made of South Korea.",
                        "the tour Ingrid Dahl made of South Korea")));
        assertThat(storyOf(c, "b", "e1")).isEqualTo(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "c", "e1"));
    }

    @Test
    void undatedReportsThatCameBeforeTheVisitWasDatedAreGatheredToItOnceItIs() {
        Connected c = Connector.connect(List.of(
                undated("b", "2024-04-09", null, "Shipbuilders cheered the news of Ingrid Dahl's trip to South Korea.",
                        "Ingrid Dahl's trip to South Korea"),
                undated("c", "2024-04-10", null, "A magazine devoted four pages to the tour Ingrid Dahl made of South Korea.",
                        "the tour Ingrid Dahl made of South Korea"),
                dated("a", "2024-04-18", "2024-04-08", "A paper recounted how Ingrid Dahl began her visit to South Korea on April 8.",
                        "began her visit to South Korea on April 8")));
        assertThat(storyOf(c, "b", "e1")).isEqualTo(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "c", "e1"));
        assertThat(c.events()).hasSize(1);
    }

    @Test
    void anUndatedReportBetweenTwoDatedVisitsOfThePairIsLeftToItsWords() {
        Connected c = Connector.connect(List.of(
                dated("a", "2024-04-02", "2024-04-01", "Prime Minister Ingrid Dahl arrived on Monday for talks in South Korea.",
                        "arrived on Monday for talks in South Korea"),
                dated("d", "2024-04-09", "2024-04-08", "Ingrid Dahl flew back on Monday for a second trip to South Korea.",
                        "flew back on Monday for a second trip to South Korea"),
                undated("b", "2024-04-11", null, "Shipbuilders cheered the news of Ingrid Dahl's stay in South Korea.",
                        "Ingrid Dahl's stay in South Korea")));
        assertThat(storyOf(c, "b", "e1")).isNotEqualTo(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "d", "e1"));
    }

    @Test
    void anEarlierVisitRecalledInAnotherPlaceIsNotTheDatedVisit() {
        Article a = article("a", "2024-04-09", "Visit", ARRIVED);
        Connected c = Connector.connect(List.of(
                annotated(a, NAMES, event(a, "e1", EventType.CONSULT, DAHL, KOREA, "2024-04-08", "Seoul",
                        EventStatus.OCCURRED, "arrived on Monday for an official visit to South Korea")),
                undated("b", "2024-04-11", "Busan", "During Ingrid Dahl's visit to Busan the two sides signed a fisheries accord.",
                        "During Ingrid Dahl's visit to Busan")));
        assertThat(storyOf(c, "b", "e1")).isNotEqualTo(storyOf(c, "a", "e1"));
    }

    @Test
    void aReportOfTheVisitPlacedInTheVisitorsOwnStateStillReportsIt() {
        List<Entity> names = List.of(person("Ingrid Dahl", "NOR", "prime minister"), state("South Korea", "KOR"),
                state("Norway", "NOR"));
        Article a = article("a", "2024-04-09", "Visit", ARRIVED);
        Article b = article("b", "2024-04-12", "Poems", "Poems hailing Ingrid Dahl's visit to South Korea were published in Norway.");
        Event home = event(b, "e1", EventType.CONSULT, DAHL, KOREA, "2024-04-12", "Norway", EventStatus.OCCURRED,
                "Poems hailing Ingrid Dahl's visit to South Korea");
        Connected c = Connector.connect(List.of(
                annotated(a, names, event(a, "e1", EventType.CONSULT, DAHL, KOREA, "2024-04-08", "Seoul", EventStatus.OCCURRED,
                        "arrived on Monday for an official visit to South Korea")),
                new Annotated(b, names, List.of(), List.of(), List.of(home))));
        assertThat(storyOf(c, "b", "e1")).isEqualTo(storyOf(c, "a", "e1"));
        assertThat(c.events()).hasSize(1);
        assertThat(c.events().get(0).event().place()).isEqualTo("Seoul");
    }

    @Test
    void aSecondReportOfTheVisitInAnArticleTheStoryHoldsIsAStepOfIt() {
        Article b = article("b", "2024-04-11", "Visit", "Shipbuilders welcomed the news of Ingrid Dahl's visit to South Korea. "
                + "The trip Ingrid Dahl made to South Korea is a great event, a yard manager said.");
        Connected c = Connector.connect(List.of(
                dated("a", "2024-04-09", "2024-04-08", ARRIVED, "arrived on Monday for an official visit to South Korea"),
                new Annotated(b, NAMES, List.of(), List.of(), List.of(
                        event(b, "e1", EventType.CONSULT, DAHL, KOREA, "2024-04-11", null, EventStatus.OCCURRED,
                                "the news of Ingrid Dahl's visit to South Korea"),
                        event(b, "e2", EventType.CONSULT, DAHL, KOREA, "2024-04-11", null, EventStatus.OCCURRED,
                                "The trip Ingrid Dahl made to South Korea")))));
        assertThat(storyOf(c, "b", "e1")).isEqualTo(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e2"));
    }
}
