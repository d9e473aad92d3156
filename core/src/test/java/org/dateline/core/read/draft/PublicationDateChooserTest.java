package org.dateline.core.read.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.DateCandidate;
import org.dateline.core.source.RawDocument;
import org.junit.jupiter.api.Test;

class PublicationDateChooserTest {
    private static final RawDocument RAW = RawDocument.of("t.html", new byte[0]);
    private static final String NO_WEEKDAYS = "The harbour board approved the plan after a long debate.";

    @Test
    void aRevisedPageShowsItsLaterDate() {
        var c = PublicationDateChooser.choose(List.of(new DateCandidate("2022-04-28", "json-ld", "2022-04-28T12:00"),
                new DateCandidate("2023-11-06", "time", "November 6, 2023")), null, RAW, NO_WEEKDAYS);
        assertThat(c.value()).isEqualTo("2022-04-28");
        assertThat(c.yearInferred()).isFalse();
        assertThat(c.candidates()).hasSize(2);
    }

    @Test
    void oneInstantInTwoZonesKeepsTheFirstOffered() {
        var c = PublicationDateChooser.choose(List.of(new DateCandidate("2023-05-01", "json-ld", "2023-05-01T22:30-04:00"),
                new DateCandidate("2023-05-02", "meta", "2023-05-02T03:30+01:00")), null, RAW, NO_WEEKDAYS);
        assertThat(c.value()).isEqualTo("2023-05-01");
    }

    @Test
    void weekdaysInTheTextOutweighTheLaterStamp() {
        // 2019-09-19 is a Thursday: "left on Thursday" fits it, not 2019-09-23
        var c = PublicationDateChooser.choose(List.of(new DateCandidate("2019-09-19", "header", null),
                new DateCandidate("2019-09-23", "meta", null)), null, RAW, "The envoy left on Thursday for talks.");
        assertThat(c.value()).isEqualTo("2019-09-19");
    }

    @Test
    void aPublicationDateAfterThePagesLastChangeIsNoPublicationDate() {
        var c = PublicationDateChooser.choose(List.of(new DateCandidate("2024-02-15", "json-ld", "2024-02-15T18:30"),
                new DateCandidate("2023-12-23", "meta", "2023-12-23T11:08"),
                new DateCandidate("2023-12-27", PublicationDateChooser.MODIFIED, "2023-12-27T09:00")), null, RAW,
                NO_WEEKDAYS);
        assertThat(c.value()).isEqualTo("2023-12-23");
        assertThat(c.candidates()).hasSize(3);
    }

    @Test
    void aPublicationDateAfterTheFeedThatDeliveredThePageIsNoPublicationDate() {
        RawDocument fed = new RawDocument("feed", "1", "https://example.org/a", RAW.format(), new byte[0], null,
                java.time.LocalDate.of(2023, 12, 24), null);
        var c = PublicationDateChooser.choose(List.of(new DateCandidate("2024-01-08", "json-ld", "2024-01-08T18:03"),
                new DateCandidate("2023-12-22", "time", "Dec 22, 2023")), null, fed, NO_WEEKDAYS);
        assertThat(c.value()).isEqualTo("2023-12-22");
    }

    @Test
    void aSourceDateEarlierThanAllThePagesOwnDatesBoundsNothing() {
        RawDocument assumed = new RawDocument("cli", "1", null, RAW.format(), new byte[0], null,
                java.time.LocalDate.of(2019, 1, 1), null);
        var c = PublicationDateChooser.choose(List.of(new DateCandidate("2020-03-04", "json-ld", "2020-03-04T10:00")),
                null, assumed, NO_WEEKDAYS);
        assertThat(c.value()).isEqualTo("2020-03-04");
    }

    @Test
    void aChangeStampAloneGivesTheLatestDayThePageCanHaveRun() {
        var c = PublicationDateChooser.choose(List.of(new DateCandidate("2026-01-16", PublicationDateChooser.MODIFIED,
                "2026-01-16T00:00:35")), null, RAW, NO_WEEKDAYS);
        assertThat(c.value()).isEqualTo("2026-01-16");
        assertThat(c.candidates()).hasSize(1);
    }

    @Test
    void aChangeStampNeverWinsOverAPublicationDate() {
        var c = PublicationDateChooser.choose(List.of(new DateCandidate("2026-01-16", PublicationDateChooser.MODIFIED,
                "2026-01-16T00:00:35"), new DateCandidate("2025-03-02", "json-ld", "2025-03-02")), null, RAW, NO_WEEKDAYS);
        assertThat(c.value()).isEqualTo("2025-03-02");
    }

    @Test
    void theDayShownToReadersIsTakenOverTheOtherStampsAndTheWeekdaysOfTheText() {
        var c = PublicationDateChooser.choose(List.of(
                new DateCandidate("2024-05-10", PublicationDateChooser.READER, "May 10, 2024 9:30 pm ET"),
                new DateCandidate("2024-05-11", "json-ld", "2024-05-11T01:30:00Z")), null, RAW,
                "The council met on Saturday and will vote on Saturday.");
        assertThat(c.value()).isEqualTo("2024-05-10");
        assertThat(c.candidates()).hasSize(2);
    }

    @Test
    void aYearlessDatelineNeverTakesTheClocksYear() {
        var c = PublicationDateChooser.choose(List.of(), "SEOUL, Sept. 26", RAW, NO_WEEKDAYS);
        assertThat(c.value()).isEqualTo("XXXX-09-26");
        assertThat(c.yearInferred()).isFalse();
    }
}
