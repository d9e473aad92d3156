package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * A state read as a party of its own beside its own leader ("Prime Minister Dahl, head of the Norwegian cabinet,
 * met ...", coded Dahl, Norway and the guest) is the leader's side, not a third party to the meeting.
 */
class AStateBesideItsOwnPersonTest {
    private static final List<Entity> NAMES = List.of(person("Ingrid Dahl", "NOR", "prime minister"),
            person("Ana Ruiz", "CHL", "president"), person("Lena Berg", "NOR", "envoy"), state("Norway", "NOR"),
            state("Peru", "PER"));

    private static Annotated meeting(String id, String body, String phrase, Participant... sides) {
        return visit(id, body, phrase, List.of(sides), List.of());
    }

    private static Annotated visit(String id, String body, String phrase, List<Participant> actors,
                                   List<Participant> recipients) {
        Article a = article(id, "2024-04-12", "Talks", body);
        return annotated(a, NAMES, event(a, "e1", EventType.CONSULT, actors, recipients, "2024-04-12", null,
                EventStatus.OCCURRED, phrase));
    }

    @Test
    void aMeetingCodedWithTheLeaderAndHerStateIsTheMeetingCodedWithOneOfThem() {
        Connected c = Connector.connect(List.of(
                meeting("a", "Ingrid Dahl, head of the Norwegian cabinet, met Ana Ruiz in Oslo on Friday.",
                        "met Ana Ruiz in Oslo on Friday", p("Ingrid Dahl", "NOR"), p("Norway", "NOR"), p("Ana Ruiz", "CHL")),
                meeting("b", "Norway's prime minister held talks with the Chilean president Ana Ruiz on Friday.",
                        "held talks with the Chilean president Ana Ruiz on Friday", p("Norway", "NOR"), p("Ana Ruiz", "CHL"))));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void aStateWithNoPersonOfItsOwnInTheMeetingStaysAParty() {
        Connected c = Connector.connect(List.of(
                meeting("a", "Ingrid Dahl met Ana Ruiz in Oslo on Friday.", "met Ana Ruiz in Oslo on Friday",
                        p("Ingrid Dahl", "NOR"), p("Ana Ruiz", "CHL")),
                meeting("b", "Ingrid Dahl met Ana Ruiz and the envoy of Peru in Oslo on Friday.",
                        "met Ana Ruiz and the envoy of Peru in Oslo on Friday",
                        p("Ingrid Dahl", "NOR"), p("Peru", "PER"), p("Ana Ruiz", "CHL"))));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void theStateAVisitorWentToStaysTheHostWhateverStateTheVisitorIsCodedWith() {
        // the coder gave the envoy the host's state in one report: the host is still the other side of the visit
        Connected c = Connector.connect(List.of(
                visit("a", "Lena Berg visited Peru on Friday.", "visited Peru on Friday",
                        List.of(p("Lena Berg", "PER")), List.of(p("Peru", "PER"))),
                visit("b", "The envoy Lena Berg paid a visit to Peru on Friday.", "paid a visit to Peru on Friday",
                        List.of(p("Lena Berg", "NOR")), List.of(p("Peru", "PER")))));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void aVisitorsOwnStateBesideTheVisitorIsStillTheVisitorsSide() {
        Connected c = Connector.connect(List.of(
                visit("a", "Lena Berg of Norway visited Peru on Friday.", "visited Peru on Friday",
                        List.of(p("Lena Berg", "NOR"), p("Norway", "NOR")), List.of(p("Peru", "PER"))),
                visit("b", "The envoy Lena Berg paid a visit to Peru on Friday.", "paid a visit to Peru on Friday",
                        List.of(p("Lena Berg", "NOR")), List.of(p("Peru", "PER")))));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }
}
