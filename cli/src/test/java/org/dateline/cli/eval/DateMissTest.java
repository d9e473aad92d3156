package org.dateline.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Why a read date misses the gold's, on invented pages. */
class DateMissTest {
    private static final String PAGE = "<html><head><script type=\"application/ld+json\">{\"@type\": \"Article\","
            + " \"datePublished\": \"2024-03-04T08:00:00Z\", \"dateModified\": \"2024-06-05T10:00:00Z\"}</script>"
            + "</head><body><p>Text</p></body></html>";

    @Test
    void aGoldThatTookTheChangeStampWhereWeTookThePublicationIsTheGoldsChoice() {
        assertThat(DateMiss.of("2024-06-05", "2024-03-04", PAGE)).isEqualTo(DateMiss.GOLD_TOOK_CHANGE);
    }

    @Test
    void aReadDayThatIsTheChangeStampIsOurMiss() {
        assertThat(DateMiss.of("2024-03-04", "2024-06-05", PAGE)).isEqualTo(DateMiss.OTHER);
    }

    @Test
    void aDayNextToTheGoldsIsOneDayApart() {
        assertThat(DateMiss.of("2024-03-05", "2024-03-04", PAGE)).isEqualTo(DateMiss.ONE_DAY);
    }

    @Test
    void theGoldsDayOrNoDayIsNoMiss() {
        assertThat(DateMiss.of("2024-03-04", "2024-03-04", PAGE)).isEqualTo(DateMiss.NONE);
        assertThat(DateMiss.of("2024-03-04", null, PAGE)).isEqualTo(DateMiss.NONE);
        assertThat(DateMiss.of(null, "2024-03-04", PAGE)).isEqualTo(DateMiss.NONE);
    }
}
