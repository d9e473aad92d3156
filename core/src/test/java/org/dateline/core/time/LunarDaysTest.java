package org.dateline.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A lunar holiday is dated by the lunar calendar of its year, never by the Gregorian day its name contains. */
class LunarDaysTest {
    private static final TimexResolver RESOLVER = new TimexResolver();

    private static List<Timex> resolve(String text, LocalDate day) {
        return RESOLVER.resolve(text, Anchor.of(day));
    }

    @Test
    void lunarNewYearsDayIsTheFirstDayOfTheLunarYearNotTheFirstOfJanuary() {
        List<Timex> found = resolve("Villagers played games on Lunar New Year's Day.", LocalDate.of(2012, 1, 24));
        assertThat(found).extracting(Timex::text, Timex::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lunar New Year's Day", "2012-01-23"));
    }

    @Test
    void theLunarNewYearOfAnotherYearTakesThatYearsDay() {
        List<Timex> found = resolve("Families gathered for the Lunar New Year.", LocalDate.of(2011, 2, 5));
        assertThat(found).extracting(Timex::value).containsExactly("2011-02-03");
    }

    @Test
    void aYearTheTableLacksLeavesTheHolidayUndatedRatherThanOnTheFirstOfJanuary() {
        List<Timex> found = resolve("Villagers played games on Lunar New Year's Day.", LocalDate.of(1985, 2, 21));
        assertThat(found).extracting(Timex::value).doesNotContain("1985-01-01");
    }

    @Test
    void theGregorianNewYearsDayStaysTheFirstOfJanuary() {
        List<Timex> found = resolve("Fireworks lit the sky on New Year's Day.", LocalDate.of(2012, 1, 3));
        assertThat(found).extracting(Timex::value).containsExactly("2012-01-01");
    }
}
