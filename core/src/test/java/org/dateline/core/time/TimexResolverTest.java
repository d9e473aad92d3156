package org.dateline.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimexResolverTest {
    /** A Thursday. */
    private static final LocalDate THU = LocalDate.of(2019, 9, 19);
    private static final TimexResolver RESOLVER = new TimexResolver();

    private static List<Timex> resolve(String text, Anchor anchor) {
        return RESOLVER.resolve(text, anchor);
    }

    private static Timex only(String text, Anchor anchor, String expression) {
        List<Timex> found = resolve(text, anchor);
        Optional<Timex> t = found.stream().filter(x -> x.text().equals(expression)).findFirst();
        assertThat(t).as("'%s' in %s", expression, found).isPresent();
        return t.get();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "The accord was signed on Sept. 18, 2019, in Geneva.|Sept. 18, 2019|2019-09-18|DATE|",
            "Voting ends on 2019-09-30 at the latest.|2019-09-30|2019-09-30|DATE|",
            "He arrived on 3 September and stayed.|3 September|2019-09-03|DATE|",
            "The plant opened in 2017 after delays.|2017|2017|DATE|",
            "The ministers met in February to discuss trade.|February|2019-02|DATE|",
            "The ministers will meet again in February.|February|2020-02|DATE|",
            "In December, the parliament called for a ban.|December|2018-12|DATE|",
            "The vote on the ban was moved to October.|October|2019-10|DATE|",
            "The loans will run through December, the bank said.|December|2019-12|DATE|",
            "The bank extended loans through December.|December|2019-12|DATE|",
            "The ferry sank in late August off the coast.|late August|2019-08|DATE|LATE",
            "The deal is due to be signed late this month.|late this month|2019-09|DATE|LATE",
            "Elections are expected early next year.|early next year|2020|DATE|EARLY",
            "The minister left for Paris on Thursday.|Thursday|2019-09-19|DATE|",
            "The committee will meet on Friday to vote.|Friday|2019-09-20|DATE|",
            "The hearing, set for Tuesday, may be delayed.|Tuesday|2019-09-24|DATE|",
            "On Monday, the union rejected the offer.|Monday|2019-09-16|DATE|",
            "Rebels attacked the town last Thursday.|last Thursday|2019-09-12|DATE|",
            "Police said yesterday that two men were held.|yesterday|2019-09-18|DATE|",
            "The results are due tomorrow.|tomorrow|2019-09-20|DATE|",
            "Officials spoke today in the capital.|today|2019-09-19|DATE|",
            "The leaders dine together tonight.|tonight|2019-09-19TNI|TIME|",
            "Talks resumed last week after a pause.|last week|2019-W37|DATE|",
            "The bill passed earlier this week.|earlier this week|2019-W38|DATE|",
            "A decision comes next week.|next week|2019-W39|DATE|",
            "Prices rose last month.|last month|2019-08|DATE|",
            "Output fell last year.|last year|2018|DATE|",
            "Exports grew in the second quarter.|the second quarter|2019-Q2|DATE|",
            "Growth slowed in the 1990s.|the 1990s|199|DATE|",
            "The bridge will reopen next spring.|next spring|2020-SP|DATE|",
            "The storm hit at 3 p.m. near the port.|3 p.m.|2019-09-19T15:00|TIME|",
            "Fighting raged for the past three days.|the past three days|P3D|DURATION|",
            "He served three years in prison.|three years|P3Y|DURATION|",
            "The flight took two and a half hours.|two and a half hours|PT2H30M|DURATION|",
            "The strike lasted several weeks.|several weeks|PXW|DURATION|",
            "The council meets every Monday.|every Monday|XXXX-WXX-1|SET|",
            "The paper is printed weekly.|weekly|P1W|SET|",
            "The firm recently hired a new chief.|recently|PAST_REF|DATE|",
            "He is currently in Seoul.|currently|PRESENT_REF|DATE|",
            "The unit was closed three years ago.|three years ago|2016|DATE|"})
    void resolvesAgainstAThursdayAnchor(String sentence, String expression, String value, String type, String mod) {
        Timex t = only(sentence, Anchor.of(THU), expression);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.type()).isEqualTo(type);
        assertThat(t.mod()).isEqualTo(mod);
        assertThat(sentence.substring(t.start(), t.end())).isEqualTo(expression);
    }

    @Test
    void aDayGivenInAnotherCalendarsYearTakesTheCommonYearInBrackets() {
        assertThat(only("The union was founded on October 17, Juche 15 (1926), in Huadian.", Anchor.of(THU),
                "October 17").value()).isEqualTo("1926-10-17");
        assertThat(only("The law passed on March 3, year 100 of the Republic (2011), after a debate.", Anchor.of(THU),
                "March 3").value()).isEqualTo("2011-03-03");
        assertThat(only("The mosque opened on March 3, 1445 AH (2024), after repairs.", Anchor.of(THU),
                "March 3").value()).isEqualTo("2024-03-03");
        assertThat(only("The union was founded on October 17, 15 members voted.", Anchor.of(THU),
                "October 17").value()).isEqualTo("2019-10-17");
    }

    @Test
    void aCapitalisedCenturyEndingANameIsNoTime() {
        assertThat(resolve("The Chamber Orchestra of the 22nd Century played on Friday.", Anchor.of(THU)))
                .extracting(Timex::text).containsExactly("Friday");
        assertThat(resolve("The League of Youth in the 21st Century met students.", Anchor.of(THU))).isEmpty();
        assertThat(only("Wars shaped the 20th century in Europe.", Anchor.of(THU), "the 20th century").value())
                .isEqualTo("19");
        assertThat(only("In the 19th Century, railways spread.", Anchor.of(THU), "the 19th Century").value())
                .isEqualTo("18");
    }

    @Test
    void aRangeOfYearsGivesBothYearsAndAMonthOrANumberIsNoRange() {
        assertThat(resolve("Bombers razed the city during the 1950-53 war.", Anchor.of(THU)))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("1950", "1950"), tuple("53", "1953"));
        assertThat(resolve("He led the party in 1998–2003 and again later.", Anchor.of(THU)))
                .extracting(Timex::value).containsExactly("1998", "2003");
        assertThat(resolve("The figures for 1999-00 were revised.", Anchor.of(THU)))
                .extracting(Timex::value).containsExactly("1999", "2000");
        assertThat(resolve("The report of 2011-06 was filed.", Anchor.of(THU))).extracting(Timex::value)
                .doesNotContain("2011", "2006");
        assertThat(resolve("Ticket 1990-1985 was void.", Anchor.of(THU))).isEmpty();
    }

    @Test
    void usTimeNoteCountsOnTheUsCalendarWhenTheHomeZoneIsAhead() {
        Anchor seoulFriday = new Anchor(LocalDate.of(2019, 9, 27), true, ZoneId.of("Asia/Seoul"));
        assertThat(only("The envoys met yesterday (U.S. time) in New York.", seoulFriday, "yesterday (U.S. time)")
                .value()).isEqualTo("2019-09-25");
        assertThat(only("The envoys met yesterday in Seoul.", seoulFriday, "yesterday").value())
                .isEqualTo("2019-09-26");
        Anchor noZone = new Anchor(LocalDate.of(2019, 9, 27), true, null);
        assertThat(only("The envoys met yesterday (U.S. time) in New York.", noZone, "yesterday (U.S. time)")
                .value()).isEqualTo("2019-09-26");
    }

    @Test
    void unknownYearIsNeverInvented() {
        Anchor noYear = new Anchor(THU, false, null);
        String text = "The envoy left on Thursday, a week after talks on Sept. 12. He visited last year and in 2017, "
                + "and talks resumed last week after the past three days of meetings.";
        assertThat(only(text, noYear, "Thursday").value()).isEqualTo("XXXX-WXX-4");
        assertThat(only(text, noYear, "Sept. 12").value()).isEqualTo("XXXX-09-12");
        assertThat(only(text, noYear, "last year").value()).isEqualTo("XXXX");
        assertThat(only(text, noYear, "last week").value()).isEqualTo("XXXX-WXX");
        Timex explicit = only(text, noYear, "2017");
        assertThat(explicit.value()).isEqualTo("2017");
        assertThat(explicit.anchorUsed()).isFalse();
        assertThat(only(text, noYear, "the past three days").value()).isEqualTo("P3D");
        assertThat(resolve(text, noYear)).noneMatch(t -> t.value() != null && t.value().startsWith("2019"));
    }

    @Test
    void anaphoricYearEarlierFollowsTheQuarterUnderDiscussion() {
        Anchor oct = Anchor.of(LocalDate.of(2019, 10, 24));
        String text = "Net income rose 8% in the third quarter from a year earlier. Sales in the quarter fell.";
        assertThat(only(text, oct, "the third quarter").value()).isEqualTo("2019-Q3");
        assertThat(only(text, oct, "a year earlier").value()).isEqualTo("2018-Q3");
        assertThat(only(text, oct, "the quarter").value()).isEqualTo("2019-Q3");
    }

    @Test
    void lookAlikesAreNotTimes() {
        String text = "About 2000 people marched past a 6-year-old boy. May I ask? The march cost $1990 and "
                + "the second speaker spoke for a second.";
        assertThat(resolve(text, Anchor.of(THU))).isEmpty();
    }

    @Test
    void offsetsPointIntoTheGivenText() {
        String text = "Ministers met on Monday.\n\nThey will meet again next month, officials said on Tuesday.";
        for (Timex t : resolve(text, Anchor.of(THU))) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(resolve(text, Anchor.of(THU))).extracting(Timex::text)
                .containsExactly("Monday", "next month", "Tuesday");
    }

    @Test
    void safeToShareBetweenThreads() {
        String text = "Talks resumed last week and will continue on Friday, three years after the 2016 accord.";
        List<Timex> expected = resolve(text, Anchor.of(THU));
        List<List<Timex>> parallel = IntStream.range(0, 200).parallel()
                .mapToObj(i -> resolve(text, Anchor.of(THU))).toList();
        assertThat(parallel).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }

    @Test
    void emptyAndNullBodiesGiveNothing() {
        assertThat(resolve("", Anchor.of(THU))).isEmpty();
        assertThat(resolve(null, Anchor.of(THU))).isEmpty();
    }
}
