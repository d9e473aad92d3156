package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a clause tells its event, and the counts it gives, read from its words alone. */
class TellingsTest {
    private static Telling undated(String clause) { return Tellings.read(Tellings.words(clause), false, StatusClass.OCCURRED); }

    @Test
    void aProgressiveAModalOrAContinuedVerbWithoutADateTellsAHabit() {
        assertThat(undated("The party is now demonstrating its might")).isEqualTo(Telling.HABIT);
        assertThat(undated("No force can block our advance")).isEqualTo(Telling.HABIT);
        assertThat(undated("The troops keep raiding farms")).isEqualTo(Telling.HABIT);
        assertThat(undated("The forces continue to kill civilians")).isEqualTo(Telling.HABIT);
    }

    @Test
    void aProgressiveThatSaysItHasGoneOnForDaysOrWeeksIsOneHappeningInProgress() {
        assertThat(undated("The dockers are staging a sit-in for several weeks")).isEqualTo(Telling.HABIT);
        assertThat(Tellings.ongoing(Tellings.words("The dockers are staging a sit-in for several weeks"))).isTrue();
        assertThat(Tellings.ongoing(Tellings.words("The miners are striking for the past ten days"))).isTrue();
        assertThat(Tellings.ongoing(Tellings.words("The occupiers are killing civilians for decades"))).isFalse();
        assertThat(Tellings.ongoing(Tellings.words("The troops should be staying for two weeks"))).isFalse();
        assertThat(Tellings.ongoing(Tellings.words("The dockers staged a sit-in for two weeks"))).isFalse();
    }

    @Test
    void aPastOrPerfectVerbTellsAnOccasionAndSoDoesAnyDatedClause() {
        assertThat(undated("Troops raided a refugee camp")).isEqualTo(Telling.OCCASION);
        assertThat(undated("The envoy has invited his counterpart for consultations")).isEqualTo(Telling.OCCASION);
        assertThat(Tellings.read(Tellings.words("The party is holding its congress"), true, StatusClass.OCCURRED)).isEqualTo(Telling.OCCASION);
    }

    @Test
    void aFrequencyAfterACountTellsSeveralOccasionsDatedOrNot() {
        assertThat(undated("He visited the country four times since May")).isEqualTo(Telling.SEVERAL);
        assertThat(Tellings.read(Tellings.words("She visited China twice last year"), true, StatusClass.OCCURRED)).isEqualTo(Telling.SEVERAL);
        assertThat(undated("Times were hard")).isEqualTo(Telling.OCCASION);
    }

    @Test
    void aVagueCountOrAnAdverbOfRepetitionSumsUpOccasionsWithoutCountingThem() {
        assertThat(undated("He visited several times")).isEqualTo(Telling.UNCOUNTED);
        assertThat(undated("The envoy met his counterpart on many occasions")).isEqualTo(Telling.UNCOUNTED);
        assertThat(Tellings.read(Tellings.words("The navy repeatedly staged drills this year"), true, StatusClass.OCCURRED))
                .isEqualTo(Telling.UNCOUNTED);
        assertThat(undated("The navy staged drills near the islands")).isEqualTo(Telling.OCCASION);
    }

    @Test
    void aDeedDatedByAPeriodOfYearsIsSummedUpButAPeriodOfDaysIsOneHappening() {
        assertThat(Tellings.overYears("The bridge was destroyed by the bombing during the war (1950-1953)")).isTrue();
        assertThat(Tellings.overYears("the mill burnt down in the shelling of June 1991-March 1994")).isTrue();
        assertThat(Tellings.overYears("the militia shelled the town from 1992 to 1995")).isTrue();
        assertThat(Tellings.overYears("the drills held from August 16 to 26")).isFalse();
        assertThat(Tellings.overYears("his visits in 2001 and 2002")).isFalse();
        assertThat(Tellings.overYears("the treaty of 1995 replaced that of 1990")).isFalse();
    }

    @Test
    void countsOfOneThingDisagreeWhenNoNumberIsShared() {
        var a = Quantities.counts(Tellings.words("seized 357 kg of hashish and 7 smugglers"));
        var b = Quantities.counts(Tellings.words("seized 178.7 kg of hashish"));
        var c = Quantities.counts(Tellings.words("the seizure of 357 kg of hashish"));
        assertThat(Quantities.disagree(a, b)).isTrue();
        assertThat(Quantities.disagree(a, c)).isFalse();
    }

    @Test
    void daysOfTheMonthYearsAndScoresAreNoCounts() {
        assertThat(Quantities.counts(Tellings.words("on August 24 in 2011 the team won 4:0"))).isEmpty();
        assertThat(Quantities.counts(Tellings.words("killed two dozen soldiers"))).containsEntry("soldiers", java.util.Set.of(24.0));
    }

    @Test
    void theInfinitiveOfAPurposeWhereTheEventStartsTellsAnAimNotTheContentOfAnAgreement() {
        var toured = Tellings.words("he toured the region to provide the people with better goods");
        assertThat(Tellings.aim(toured, toured.indexOf("to"))).isTrue();
        var agreed = Tellings.words("the leaders agreed to strengthen cooperation");
        assertThat(Tellings.aim(agreed, 0)).isFalse();
    }

    @Test
    void aDeedDoneWithoutCeaseIsOccasionsSummedUpNotTheDrillOfADay() {
        assertThat(undated("The navy is ceaselessly staging drills off the coast")).isEqualTo(Telling.UNCOUNTED);
        assertThat(undated("The army incessantly shelled the villages")).isEqualTo(Telling.UNCOUNTED);
        assertThat(undated("The navy staged drills off the coast")).isEqualTo(Telling.OCCASION);
    }

    @Test
    void anAdjectiveOfRepetitionOnTheDeedsNounSumsUpOccasions() {
        assertThat(RepetitionCues.repeatedNoun(Tellings.words("the fleet staged ceaseless large-scale naval exercises"), "exercises")).isTrue();
        assertThat(RepetitionCues.repeatedNoun(Tellings.words("the frequent visits of the envoy"), "visits")).isTrue();
        assertThat(RepetitionCues.repeatedNoun(Tellings.words("the rebels launched incessant attacks"), "attacks")).isTrue();
        assertThat(RepetitionCues.repeatedNoun(Tellings.words("the fleet staged naval exercises on Monday"), "exercises")).isFalse();
    }

    @Test
    void anAdjectiveOfRepetitionInAnotherPhraseLeavesTheDeedOneOccasion() {
        assertThat(RepetitionCues.repeatedNoun(Tellings.words("kicked off the drills despite repeated warnings"), "drills")).isFalse();
        assertThat(RepetitionCues.repeatedNoun(Tellings.words("after numerous protests the council held a vote"), "vote")).isFalse();
    }

    @Test
    void aDeedDoneInPlacesCountedVaguelyIsManyDeedsSummedUp() {
        assertThat(Tellings.overPlaces(Tellings.words("She guarded the commander at the risk of her life in many battlefields"))).isTrue();
        assertThat(Tellings.overPlaces(Tellings.words("The league held rallies across several provinces"))).isTrue();
        assertThat(Tellings.overPlaces(Tellings.words("She guarded the commander in the battle of the ridge"))).isFalse();
        assertThat(Tellings.overPlaces(Tellings.words("He met several delegations in the capital"))).isFalse();
    }
}
