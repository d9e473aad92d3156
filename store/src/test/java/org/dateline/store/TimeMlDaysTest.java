package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeMlDaysTest {
    private static String days(String v) {
        return TimeMlDays.of(v).map(r -> r.first() + ".." + r.last()).orElse(null);
    }

    @Test
    void eachGranularityCoversItsDays() {
        assertThat(days("2024-03-08")).isEqualTo("2024-03-08..2024-03-08");
        assertThat(days("2024-02")).isEqualTo("2024-02-01..2024-02-29");
        assertThat(days("2024-W11")).isEqualTo("2024-03-11..2024-03-17");
        assertThat(days("2021-W01")).isEqualTo("2021-01-04..2021-01-10");
        assertThat(days("2024-Q2")).isEqualTo("2024-04-01..2024-06-30");
        assertThat(days("2024-H2")).isEqualTo("2024-07-01..2024-12-31");
        assertThat(days("2023-WI")).isEqualTo("2023-12-01..2024-02-29");
        assertThat(days("2024")).isEqualTo("2024-01-01..2024-12-31");
        assertThat(days("2024-03-08T14:00")).isEqualTo("2024-03-08..2024-03-08");
    }

    @Test
    void valuesWithoutAKnownYearCoverNoKnownDays() {
        assertThat(days("XXXX-03-08")).isNull();
        assertThat(days("PAST_REF")).isNull();
        assertThat(days("P3D")).isNull();
        assertThat(days("2024-02-31")).isNull();
        assertThat(days(null)).isNull();
    }

    @Test
    void earlyMidLateNarrowAMonthOrAYear() {
        assertThat(TimeMlDays.of("2024-03", "LATE")).contains(new TimeMlDays.Range("2024-03-21", "2024-03-31"));
        assertThat(TimeMlDays.of("2024-02", "MID")).contains(new TimeMlDays.Range("2024-02-11", "2024-02-20"));
        assertThat(TimeMlDays.of("2024-03", "EARLY")).contains(new TimeMlDays.Range("2024-03-01", "2024-03-10"));
        assertThat(TimeMlDays.of("2024", "LATE")).contains(new TimeMlDays.Range("2024-09-01", "2024-12-31"));
        assertThat(TimeMlDays.of("2024-03-08", "LATE")).contains(new TimeMlDays.Range("2024-03-08", "2024-03-08"));
        assertThat(TimeMlDays.of("2024-03", "APPROX")).contains(new TimeMlDays.Range("2024-03-01", "2024-03-31"));
        assertThat(TimeMlDays.of("2024-W11", "LATE")).contains(new TimeMlDays.Range("2024-03-11", "2024-03-17"));
    }
}
