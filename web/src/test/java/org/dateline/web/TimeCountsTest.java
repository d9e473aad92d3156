package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.StoryEvent;

class TimeCountsTest {
    static StoryEvent event(String id, EventType type, String date, EventStatus status) {
        Event e = new Event(id, type, null, null, List.of(new Participant("A", "PRK", "GOV")), List.of(), date, null,
                null, status, null, 0, 1, 1.0, null, null, -1);
        return new StoryEvent(id, e, List.of(), List.of(), null);
    }

    private final List<StoryEvent> events = List.of(
            event("a", EventType.CONSULT, "2024-03-08", EventStatus.OCCURRED),
            event("b", EventType.CONSULT, "2024-03-09", EventStatus.PLANNED),
            event("c", EventType.ASSAULT, "2024-05-02", EventStatus.OCCURRED),
            event("d", EventType.AGREE, "2024-03", EventStatus.OCCURRED),
            event("e", EventType.REQUEST, "2024-W10", EventStatus.OCCURRED),
            event("f", EventType.AGREE, "XXXX-03-08", EventStatus.OCCURRED),
            event("g", EventType.AGREE, null, EventStatus.OCCURRED));

    @Test void monthsRunWithoutGapsAndSplitByType() {
        TimeCounts c = TimeCounts.of(events, TimeCounts.Bucket.MONTH, "type");
        assertThat(c.periods()).containsExactly("2024-03", "2024-04", "2024-05");
        assertThat(c.counts().get("CONSULT")).containsExactly(2, 0, 0);
        assertThat(c.counts().get("AGREE")).containsExactly(1, 0, 0);
        assertThat(c.counts().get("ASSAULT")).containsExactly(0, 0, 1);
        assertThat(c.counts().get("REQUEST")).containsExactly(1, 0, 0);
        assertThat(c.total()).isEqualTo(5);
        assertThat(c.undated()).isEqualTo(2);
    }

    @Test void aMonthOnlyDateIsNeverCountedOnADay() {
        TimeCounts c = TimeCounts.of(events, TimeCounts.Bucket.DAY, "status");
        assertThat(c.periods()).startsWith("2024-03-08", "2024-03-09").endsWith("2024-05-02");
        assertThat(c.imprecise()).isEqualTo(2);                     // 2024-03 and 2024-W10
        assertThat(c.counts().get("occurred")[0]).isEqualTo(1);
        assertThat(c.counts().get("planned")[1]).isEqualTo(1);
    }

    @Test void weeksAreIsoWeeksAndQuadClassesHaveTheirNames() {
        TimeCounts c = TimeCounts.of(events, TimeCounts.Bucket.WEEK, "quad");
        assertThat(c.periods()).startsWith("2024-W10").contains("2024-W18");
        assertThat(c.labels()).containsEntry("1", "verbal cooperation").containsEntry("4", "material conflict")
                .containsEntry("3", "verbal conflict");
        assertThat(c.counts().get("1")[0]).isEqualTo(2);            // the two CONSULTs of March 8 and 9 (week 10)
        assertThat(c.imprecise()).isEqualTo(1);                     // the month
    }

    @Test void aQuarterIsADatedEventLessPreciseThanAMonthTheDaysTheStoreFiltersOnAgree() {
        List<StoryEvent> withQuarter = List.of(event("q", EventType.AGREE, "2024-Q1", EventStatus.OCCURRED),
                event("a", EventType.CONSULT, "2024-03-08", EventStatus.OCCURRED));
        TimeCounts months = TimeCounts.of(withQuarter, TimeCounts.Bucket.MONTH, "type");
        assertThat(months.undated()).isZero();
        assertThat(months.imprecise()).isEqualTo(1);
        assertThat(EventDates.span("2024-Q1")).isEqualTo(new EventDates.Span(java.time.LocalDate.of(2024, 1, 1),
                java.time.LocalDate.of(2024, 3, 31)));
    }

    @Test void historyRecalledCenturiesAgoDoesNotStretchTheAxisButIsCountedAsOutside() {
        List<StoryEvent> withHistory = new java.util.ArrayList<>(events);
        withHistory.add(event("h", EventType.ASSAULT, "1696-01", EventStatus.OCCURRED));
        withHistory.add(event("i", EventType.ASSAULT, "1953-07-27", EventStatus.OCCURRED));
        TimeCounts c = TimeCounts.of(withHistory, TimeCounts.Bucket.MONTH, "type");
        assertThat(c.periods()).hasSizeLessThanOrEqualTo(TimeCounts.MAX_PERIODS).endsWith("2024-05");
        assertThat(c.periods()).doesNotContain("1696-01").contains("1953-07", "2024-03");
        assertThat(c.outside()).isEqualTo(1);
        assertThat(c.total()).isEqualTo(6);
    }

    @Test void theStretchDrawnIsTheOneHoldingMostEventsEvenWhenItIsTheOldest() {
        List<StoryEvent> mostlyOld = List.of(event("o1", EventType.AGREE, "1801-01-02", EventStatus.OCCURRED),
                event("o2", EventType.AGREE, "1801-02-02", EventStatus.OCCURRED), event("n", EventType.AGREE, "2024-03-08", EventStatus.OCCURRED));
        TimeCounts c = TimeCounts.of(mostlyOld, TimeCounts.Bucket.MONTH, "type");
        assertThat(c.periods()).startsWith("1801-01").endsWith("1801-02");
        assertThat(c.outside()).isEqualTo(1);
        assertThat(c.total()).isEqualTo(2);
    }
}
