package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.TimeExpression;

/** A yearless story's weekdays, once the thread gave it a year: plans look ahead of its day, reports behind. */
class RedaterTest {
    @Test
    void aPlannedWeekdayIsAheadAndAReportedOneBehind() {
        String body = "The envoys met on Friday. They will meet again on Tuesday.";
        Article a = new Article("a", "test:a", null, "Envoys meet", null, "Test Wire", "SEOUL", "SEOUL, March 9", "XXXX-03-09",
                false, List.of(), null, null, "en", body, "a");
        int fri = body.indexOf("Friday"), tue = body.indexOf("Tuesday");
        List<TimeExpression> timexes = List.of(new TimeExpression("Friday", "DATE", "XXXX-WXX-5", null, fri, fri + 6),
                new TimeExpression("Tuesday", "DATE", "XXXX-WXX-2", null, tue, tue + 7));
        Event met = FixturesEvent.of("E1", "XXXX-WXX-5", EventStatus.OCCURRED, 0, body.indexOf("."));
        Event plan = FixturesEvent.of("E2", "XXXX-WXX-2", EventStatus.PLANNED, body.indexOf("They"), body.length());
        Annotated redated = Redater.redate(new Annotated(a, List.of(), timexes, List.of(), List.of(met, plan)),
                LocalDate.of(2024, 3, 9));   // a Saturday
        assertThat(redated.events()).extracting(Event::date).containsExactly("2024-03-08", "2024-03-12");
    }

    /** Events with only what the redating reads. */
    private static final class FixturesEvent {
        static Event of(String id, String date, EventStatus status, int start, int end) {
            return new Event(id, EventType.CONSULT, null, "040", List.of(Fixtures.p("Anna Berg", "SWE"), Fixtures.p("Omar Haddad", "JOR")),
                    List.of(), date, null, null, status, null, start, end, 0.8, null, null, -1);
        }
    }
}
