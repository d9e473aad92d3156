package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateTextTest {
    private static final LocalDate SEPT_18 = LocalDate.of(2019, 9, 18);

    @ParameterizedTest
    @ValueSource(strings = {"2019-09-18T12:03:00+09:00", "Sept. 18, 2019 12:03 KST", "18 September 2019",
            "Ver\u00f6ffentlicht am 18. September 2019", "18 de septiembre de 2019", "18 septembre 2019",
            "18 settembre 2019", "18 de setembro de 2019", "18 september 2019, 10:00", "18 \u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044f 2019 \u0433.",
            "18 \u0432\u0435\u0440\u0435\u0441\u043d\u044f 2019", "18 Eyl\u00fcl 2019 \u00c7ar\u015famba", "18.09.2019",
            "2019\u5e749\u670818\u65e5", "2019\ub144 9\uc6d4 18\uc77c", "18/09/2019", "09/18/2019", "Wed, 18 Sep 2019 03:03:00 GMT"})
    void aDayIsReadInTheLanguagesAndOrdersPagesWriteIt(String text) {
        assertThat(DateText.parse(text)).as(text).isEqualTo(SEPT_18);
    }

    @Test
    void arabicMonthNamesAndDigitsAreRead() {
        LocalDate april24 = LocalDate.of(2020, 4, 24);
        assertThat(DateText.parse("24 أبريل 2020")).isEqualTo(april24);
        assertThat(DateText.parse("٢٤ أبريل ٢٠٢٠")).isEqualTo(april24);
    }

    @Test
    void aUrlPathDateMayLeaveOutLeadingZeros() {
        assertThat(DateText.inUrl("https://example.de/home/2017/7/12/unter-uns")).isEqualTo(LocalDate.of(2017, 7, 12));
        assertThat(DateText.inUrl("https://example.com/news/2019/09/18/story")).isEqualTo(SEPT_18);
        assertThat(DateText.inUrl("https://example.com/shop/2019/item-12")).isNull();
    }

    @Test
    void theEarliestWrittenDateWinsInALongerText() {
        assertThat(DateText.first("Posted 18.09.2019 by Ana, who wrote on 2020-01-02 again")).isEqualTo(SEPT_18);
    }

    @Test
    void daysBeforeTheWebAndWordsThatAreNoMonthsGiveNoDate() {
        assertThat(DateText.parse("1 May 1994")).isNull();
        assertThat(DateText.parse("Room 18 Building 2019")).isNull();
        assertThat(DateText.parse("31.02.2019")).isNull();
    }

    @Test
    void anAmbiguousNumericDateFollowsThePagesRegion() {
        assertThat(DateText.parse("02/10/2020", DateText.NumericOrder.of("en-GB"))).isEqualTo(LocalDate.of(2020, 10, 2));
        assertThat(DateText.parse("02/10/2020", DateText.NumericOrder.of("en-US"))).isEqualTo(LocalDate.of(2020, 2, 10));
        assertThat(DateText.parse("02/10/2020", DateText.NumericOrder.of("fr"))).isEqualTo(LocalDate.of(2020, 10, 2));
    }

    @Test
    void aNumericDateThatFitsOnlyOneOrderIsReadSoWhateverTheRegion() {
        assertThat(DateText.parse("12/25/2020", DateText.NumericOrder.of("en-GB"))).isEqualTo(LocalDate.of(2020, 12, 25));
        assertThat(DateText.parse("25/12/2020", DateText.NumericOrder.of("en-US"))).isEqualTo(LocalDate.of(2020, 12, 25));
    }

    @Test
    void aUrlPathDateMayPutTheDayFirstNameTheMonthOrFollowAnUnderscore() {
        assertThat(DateText.inUrl("https://example.org/press/notes/18-09-2019")).isEqualTo(SEPT_18);
        assertThat(DateText.inUrl("https://example.org/blog/report_of_18.09.2019_on_roads")).isEqualTo(SEPT_18);
        assertThat(DateText.inUrl("https://example.co.uk/world/2019/sep/18/floods")).isEqualTo(SEPT_18);
        assertThat(DateText.inUrl("https://example.com/story-20190918-floods")).isEqualTo(SEPT_18);
        assertThat(DateText.inUrl("https://example.com/news/120190918120908039/floods")).isNull();
    }

    @Test
    void aTwoDigitYearIsReadOnlyWhereThePageMarksADate() {
        DateText.NumericOrder dayFirst = DateText.NumericOrder.DAY_FIRST;
        assertThat(DateText.parseMarked("Sport, 18.09.19", dayFirst)).isEqualTo(SEPT_18);
        assertThat(DateText.parseMarked("am 18/09/19, 03:48 pm", dayFirst)).isEqualTo(SEPT_18);
        assertThat(DateText.parseMarked("09/18/19", DateText.NumericOrder.MONTH_FIRST)).isEqualTo(SEPT_18);
        assertThat(DateText.parse("Sport, 18.09.19", dayFirst)).isNull();
        assertThat(DateText.parseMarked("version 1.2.3.19", dayFirst)).isNull();
    }

    @Test
    void monthNamesWithCombiningVowelSignsAndKoreanSpacedDotsAreRead() {
        assertThat(DateText.parse("18 \u0938\u093f\u0924\u0902\u092c\u0930 2019")).isEqualTo(SEPT_18);
        assertThat(DateText.parse("\uc785\ub825 2019. 9. 18. \uc624\ud6c4 3:02")).isEqualTo(SEPT_18);
    }

    @org.junit.jupiter.api.Test
    void aThaiMonthWithABuddhistEraYearIsTheCommonYear543Before() {
        org.assertj.core.api.Assertions.assertThat(DateText.parse("18 \u0e01\u0e31\u0e19\u0e22\u0e32\u0e22\u0e19 2562"))
                .isEqualTo(SEPT_18);
        org.assertj.core.api.Assertions.assertThat(DateText.parse("18 \u0e01\u0e31\u0e19\u0e22\u0e32\u0e22\u0e19 2019"))
                .isEqualTo(SEPT_18);
        org.assertj.core.api.Assertions.assertThat(DateText.parse("18 September 2562"))
                .as("a year past 2100 with a month not named in Thai is no date").isNull();
    }

    @Test
    void aDateWhoseNumbersAreSetApartBySpacedBarsIsRead() {
        assertThat(DateText.parse("14 | 03 | 2021", DateText.NumericOrder.of("de"))).isEqualTo(LocalDate.of(2021, 3, 14));
        assertThat(DateText.first("Seite 2 | Heft 7 | Kurse ab 4 | 11 | 2020 im Saal", DateText.NumericOrder.of("de")))
                .isEqualTo(LocalDate.of(2020, 11, 4));
    }

    @Test
    void barsWithoutSpacesJoinCellsOrVersionsNotADatesParts() {
        assertThat(DateText.parse("build 4|11|2020")).isNull();
    }

    @Test
    void numericDatesWrittenWithTheDigitsOfOtherScriptsAreRead() {
        LocalDate may7 = LocalDate.of(2021, 5, 7);
        assertThat(DateText.parse("\u0660\u0667/\u0660\u0665/\u0662\u0660\u0662\u0661", DateText.NumericOrder.of("ar")))
                .as("Arabic-Indic").isEqualTo(may7);
        assertThat(DateText.parse("\u06f0\u06f7.\u06f0\u06f5.\u06f2\u06f0\u06f2\u06f1")).as("Persian").isEqualTo(may7);
        assertThat(DateText.parse("\u0966\u096d-\u0966\u096b-\u0968\u0966\u0968\u0967", DateText.NumericOrder.of("hi")))
                .as("Devanagari").isEqualTo(may7);
    }

    @Test
    void aPersianCalendarYearWrittenInPersianDigitsIsNoCommonEraDate() {
        assertThat(DateText.parse("\u06f1\u06f7.\u06f0\u06f2.\u06f1\u06f4\u06f0\u06f0")).isNull();
    }
}
