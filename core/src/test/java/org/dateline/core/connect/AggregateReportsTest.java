package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/** A sentence that sums up occasions without counting them tells no single happening, and joins none. */
class AggregateReportsTest {
    private static final List<Participant> ENVOY = List.of(p("Mara Velk", "RUR"));
    private static final List<Participant> HOST = List.of(p("Velmar", "VEL"));

    private static Annotated report(Article a, String date, String phrase) {
        Event e = event(a, "e1", EventType.CONSULT, ENVOY, HOST, date, null, EventStatus.OCCURRED, phrase);
        return annotated(a, List.of(), e);
    }

    @Test
    void visitsSummedUpAsSeveralAreNotTheVisitsCountedThisYear() {
        Article a = article("a", "2024-10-04", "Ties", "Mara Velk visited Velmar several times, making a great contribution to the friendship.");
        Article b = article("b", "2024-10-20", "Ties", "The speaker noted that Mara Velk visited Velmar twice this year, making a great contribution to the friendship.");
        Connected c = Connector.connect(List.of(
                report(a, "2024-10-04", "Mara Velk visited Velmar several times"),
                report(b, "2024", "Mara Velk visited Velmar twice this year")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void twoSentencesThatSumUpVisitsAlikeWithoutACountStayApart() {
        Article a = article("a", "2024-10-04", "Ties", "Mara Velk visited Velmar on many occasions to deepen the friendship between the two countries.");
        Article b = article("b", "2024-10-06", "Ties", "Mara Velk repeatedly visited Velmar to deepen the friendship between the two countries.");
        Connected c = Connector.connect(List.of(
                report(a, "2024-10-04", "Mara Velk visited Velmar on many occasions"),
                report(b, "2024-10-04", "Mara Velk repeatedly visited Velmar")));
        assertThat(c.events()).hasSize(2);
    }

    /** Summed-up occasions are no happening, so the same summary filed twice still names no one event (s30 labels). */
    @Test
    void theSameUncountedSummaryFiledTwiceIsStillNoOneHappening() {
        String text = "Mara Velk visited Velmar several times to deepen the friendship between the two countries.";
        Article a = article("a", "2024-10-04", "Ties", text);
        Article b = article("b", "2024-10-05", "Ties again", text);
        Connected c = Connector.connect(List.of(
                report(a, "2024-10-04", "Mara Velk visited Velmar several times"),
                report(b, "2024-10-04", "Mara Velk visited Velmar several times")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void twoBuildingsDestroyedInTheBombingOfAWarOfYearsAreNotOneHappening() {
        List<Participant> air = List.of(p("Norland", "NRL"));
        Article a = article("a", "2024-10-04", "Old gate", "The gate, which was destroyed by the Norland bombing in the war (June 1950-July 1953), was restored in 1956.");
        Article b = article("b", "2024-10-04", "Old tower", "The tower was heavily destroyed by the Norland bombing in the war (June 1950-July 1953), but was restored in 1960.");
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.ASSAULT, air, List.of(), "1953-07", null, EventStatus.OCCURRED,
                        "destroyed by the Norland bombing in the war (June 1950-July 1953)")),
                annotated(b, List.of(), event(b, "e1", EventType.ASSAULT, air, List.of(), "1953-07", null, EventStatus.OCCURRED,
                        "destroyed by the Norland bombing in the war (June 1950-July 1953)"))));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void aDatelessMeetingRightAfterASummaryOfVisitsTellsOfThoseVisitsNotOfOneMeeting() {
        List<Participant> pair = List.of(p("Mara Velk", "RUR"), p("Oskar Lind", "VEL"));
        String meeting = "Mara Velk met with President Oskar Lind, a historic event in the relations of the two countries.";
        Article a = article("a", "2024-10-04", "Ties", "Mara Velk visited Velmar four times in a year. " + meeting);
        Article c = article("c", "2024-10-04", "Ties", meeting);
        Article b = article("b", "2024-10-06", "Ties", "The meeting between Oskar Lind and Mara Velk marked a historic event in the relations of the two countries.");
        Event summary = event(a, "e1", EventType.CONSULT, ENVOY, HOST, "2024-10-04", null, EventStatus.OCCURRED,
                "Mara Velk visited Velmar four times");
        Annotated recalled = undated(b, pair, "The meeting between Oskar Lind and Mara Velk");
        Connected afterSummary = Connector.connect(List.of(new Annotated(a, List.of(), List.of(), List.of(),
                List.of(summary, undatedEvent(a, pair, "met with President Oskar Lind"))), recalled));
        assertThat(afterSummary.events()).hasSize(3);
        Connected alone = Connector.connect(List.of(undated(c, pair, "met with President Oskar Lind"), recalled));
        assertThat(alone.events()).hasSize(1);
    }

    private static Event undatedEvent(Article a, List<Participant> pair, String phrase) {
        return event(a, "e2", EventType.CONSULT, pair, List.of(), a.publicationDate(), null, EventStatus.OCCURRED, phrase);
    }

    private static Annotated undated(Article a, List<Participant> pair, String phrase) {
        return new Annotated(a, List.of(), List.of(), List.of(), List.of(undatedEvent(a, pair, phrase)));
    }
}
