package org.dateline.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class StatedDatesTest {
    @Test
    void keepsTheDayThePublisherStated() {
        assertThat(StatedDates.parse("2011-12-01")).isEqualTo(LocalDate.of(2011, 12, 1));
        assertThat(StatedDates.parse("2019-09-03T08:10:00+09:00")).isEqualTo(LocalDate.of(2019, 9, 3));
        assertThat(StatedDates.parse("2019-09-02T23:10:00Z")).isEqualTo(LocalDate.of(2019, 9, 2));
        assertThat(StatedDates.parse("2019-09-02T23:10:00")).isEqualTo(LocalDate.of(2019, 9, 2));
        assertThat(StatedDates.parse("2019-09-02 23:10")).isEqualTo(LocalDate.of(2019, 9, 2));
        assertThat(StatedDates.parse("Tue, 3 Sep 2019 01:00:00 +0900")).isEqualTo(LocalDate.of(2019, 9, 3));
        assertThat(StatedDates.parse(" Mon, 02 Sep 2019 16:00:00 GMT ")).isEqualTo(LocalDate.of(2019, 9, 2));
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThat(StatedDates.parse(null)).isNull();
        assertThat(StatedDates.parse("  ")).isNull();
        assertThat(StatedDates.parse("yesterday")).isNull();
        assertThat(StatedDates.parse("2019-02-30")).isNull();
    }
}
