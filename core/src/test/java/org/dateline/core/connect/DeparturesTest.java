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

/** A departure's purpose is the trip begun, not a plan: departure and return are one happening. */
class DeparturesTest {
    private static List<String> words(String s) { return Tellings.words(s); }

    @Test
    void thePurposeOfADepartureThatTookPlaceIsATripBegun() {
        assertThat(Departures.begun(words("to visit Velmar"), words("A trade delegation led by Ana Tell left here on Monday by train")))
                .isTrue();
        assertThat(Departures.begun(words("visit Velmar"), words("The fisheries minister departed for the south to"))).isTrue();
    }

    @Test
    void aDepartureStillAheadOrAPurposeOfAnotherVerbStaysAPlan() {
        assertThat(Departures.begun(words("to visit Velmar"), words("A trade delegation will leave on Monday"))).isFalse();
        assertThat(Departures.begun(words("to visit Velmar"), words("The minister is expected to have left"))).isFalse();
        assertThat(Departures.begun(words("to visit Velmar"), words("The minister agreed on Monday"))).isFalse();
        assertThat(Departures.begun(words("visit Velmar"), words("Ana Tell left the talks and"))).isFalse();
    }

    @Test
    void aWordOfTheJourneysObjectAfterTheDepartureIsNoModalOfIt() {
        assertThat(Departures.begun(words("to attend the summit due in Velmar"), words("The minister left here on Monday")))
                .isTrue();
        assertThat(Departures.begun(words("to visit Velmar"), words("The minister left here on Monday for talks expected to"))).isTrue();
        assertThat(Departures.begun(words("to visit Velmar"), words("The minister is due to have left on Monday"))).isFalse();
    }

    @Test
    void aSecondPurposeJoinedAfterACommaIsOfTheSameDeparture() {
        Article a = article("a", "2024-05-06", "Minister leaves",
                "Ana Tell, the minister, left here Tuesday to attend the summit due in Velmar, and to pay a visit to Velmar.");
        Article b = article("b", "2024-05-06", "Minister agrees",
                "Ana Tell, the minister, agreed to attend the summit due in Velmar, and to pay a visit to Velmar.");
        List<Participant> trip = List.of(p("Ana Tell", "RUR"), p("Velmar", "VLM"));
        EventMention left = EventMention.of(event(a, "e1", EventType.CONSULT, trip.subList(0, 1), trip.subList(1, 2), null,
                null, EventStatus.PLANNED, "to pay a visit to Velmar"), context(a), ConnectLexicon.standard());
        EventMention agreed = EventMention.of(event(b, "e1", EventType.CONSULT, trip.subList(0, 1), trip.subList(1, 2), null,
                null, EventStatus.PLANNED, "to pay a visit to Velmar"), context(b), ConnectLexicon.standard());
        assertThat(left.status()).isEqualTo(StatusClass.OCCURRED);
        assertThat(agreed.status()).isEqualTo(StatusClass.PLAN);
    }

    @Test
    void aTripBegunIsRecordedAsOccurredThoughItsFirstReportWasCodedAPlan() {
        List<Participant> trip = List.of(p("Ana Tell", "RUR"), p("Velmar", "VLM"));
        Article a = article("a", "2024-05-06", "Delegation leaves",
                "A trade delegation headed by Ana Tell, vice-minister of Foreign Trade, left here today to visit Velmar.");
        Article b = article("b", "2024-05-07", "Delegation arrives",
                "A trade delegation headed by Ana Tell, vice-minister of Foreign Trade, arrived in Velmar to pay a visit.");
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.CONSULT, trip.subList(0, 1), trip.subList(1, 2), null, null,
                        EventStatus.PLANNED, "to visit Velmar")),
                annotated(b, List.of(), event(b, "e1", EventType.CONSULT, trip.subList(0, 1), trip.subList(1, 2), null, null,
                        EventStatus.OCCURRED, "arrived in Velmar"))));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
        assertThat(c.events().stream().filter(e -> e.id().equals(storyOf(c, "a", "e1"))).findFirst().orElseThrow()
                .event().status()).isEqualTo(EventStatus.OCCURRED);
    }

    @Test
    void aPlanNoDepartureBeganIsRecordedAsPlanned() {
        List<Participant> trip = List.of(p("Ana Tell", "RUR"), p("Velmar", "VLM"));
        Article a = article("a", "2024-05-06", "Delegation to leave",
                "A trade delegation headed by Ana Tell will soon visit Velmar.");
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.CONSULT, trip.subList(0, 1), trip.subList(1, 2), null, null,
                        EventStatus.PLANNED, "visit Velmar"))));
        assertThat(c.events().stream().filter(e -> e.id().equals(storyOf(c, "a", "e1"))).findFirst().orElseThrow()
                .event().status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void aDelegationThatLeftToVisitAndCameBackIsOneTrip() {
        List<Participant> trip = List.of(p("Ana Tell", "RUR"), p("Velmar", "VLM"));
        Article a = article("a", "2024-05-06", "Delegation leaves",
                "A trade delegation headed by Ana Tell, vice-minister of Foreign Trade, left here today to visit Velmar.");
        Article b = article("b", "2024-05-13", "Delegation back",
                "The trade delegation headed by Ana Tell, vice-minister of Foreign Trade, returned home after visiting Velmar.");
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.CONSULT, trip.subList(0, 1), trip.subList(1, 2), null, null,
                        EventStatus.PLANNED, "to visit Velmar")),
                annotated(b, List.of(), event(b, "e1", EventType.CONSULT, trip.subList(0, 1), trip.subList(1, 2), null, null,
                        EventStatus.OCCURRED, "visiting Velmar"))));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void twoDeparturesOfOneDelegationOnTwoNamedDaysAreTwoTrips() {
        List<Participant> trip = List.of(p("Ana Tell", "RUR"), p("Velmar", "VLM"));
        Article a = article("a", "2024-05-02", "Delegation leaves",
                "A trade delegation headed by Ana Tell left here Thursday to visit Velmar.");
        Article b = article("b", "2024-05-07", "Delegation leaves",
                "A trade delegation headed by Ana Tell left here Tuesday to visit Velmar.");
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.CONSULT, trip.subList(0, 1), trip.subList(1, 2), null, null,
                        EventStatus.PLANNED, "to visit Velmar")),
                annotated(b, List.of(), event(b, "e1", EventType.CONSULT, trip.subList(0, 1), trip.subList(1, 2), null, null,
                        EventStatus.PLANNED, "to visit Velmar"))));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void oneDepartureFiledTwiceIsOneTrip() {
        List<Participant> trip = List.of(p("Ana Tell", "RUR"), p("Velmar", "VLM"));
        Article a = article("a", "2024-05-02", "Delegation leaves",
                "A trade delegation headed by Ana Tell left here Thursday to visit Velmar.");
        Article b = article("b", "2024-05-03", "Delegation leaves",
                "A trade delegation headed by Ana Tell left here Thursday to visit Velmar.");
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.CONSULT, trip.subList(0, 1), trip.subList(1, 2), null, null,
                        EventStatus.PLANNED, "to visit Velmar")),
                annotated(b, List.of(), event(b, "e1", EventType.CONSULT, trip.subList(0, 1), trip.subList(1, 2), null, null,
                        EventStatus.PLANNED, "to visit Velmar"))));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    private static ArticleContext context(Article a) {
        return new ArticleContext(a.id(), a.headline(), a.body(), a.publicationDay().get(), 0, "t",
                new ActorKnowledgeBase.Resolution(java.util.Map.of(), n -> n), List.of(), List.of());
    }
}
