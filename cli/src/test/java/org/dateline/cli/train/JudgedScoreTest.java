package org.dateline.cli.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.dateline.cli.train.JudgedScore.Count;
import org.dateline.model.DateModifier;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/** Scoring what a coder gives now against an invented judge's file: kept, dropped, recovered and new events. */
class JudgedScoreTest {
    private static final List<String> FILE = List.of(
            "doc\tstart\tend\ttrigger\tcoded_type\tverdict\tgold_type\tgold_cameo\tactor\tdate\treason",
            "doc-1\t0\t40\tmet\tCONSULT\tright\tCONSULT\t040\tFRA GOV\tok\t-",
            "doc-1\t41\t90\tattack\tASSAULT\tnot-event\t-\t-\t-\t-\thypothetical-or-plan",
            "doc-1\t91\t120\t-\t-\tmissed\tACCUSE\t111\tDEU GOV\t-\tnominal-event",
            "doc-1\t121\t160\tvowed\tTHREATEN\twrong-type\tREJECT\t120\tFRA GOV\t-\tvow-coded-as-threat");
    private static final List<JudgedRow> ROWS = JudgedRow.parse(FILE, "judged-x.tsv");

    private static Event event(int start, int end, String trigger, EventType type, String country) {
        return Event.builder().id("E").type(type).trigger(trigger).span(start, end)
                .actors(List.of(new Participant("someone", country, "GOV"))).build();
    }

    private static JudgedScore.Tally score(List<Event> coded, List<JudgedScore.Line> lines) {
        return score("doc-1", ROWS, coded, lines);
    }

    private static JudgedScore.Tally score(String doc, List<JudgedRow> rows, List<Event> coded, List<JudgedScore.Line> lines) {
        JudgedScore.Tally t = new JudgedScore.Tally();
        JudgedScore.score(doc, coded, rows, t, lines);
        return t;
    }

    @Test
    void theCoderAsJudgedKeepsEveryVerdictAndRecallCountsRightOverAllRealEvents() {
        JudgedScore.Tally t = score(List.of(event(0, 40, "met", EventType.CONSULT, "FRA"),
                event(41, 90, "attack", EventType.ASSAULT, "FRA"), event(121, 160, "vowed", EventType.THREATEN, "FRA")), new ArrayList<>());
        assertThat(t.get(Count.KEPT_RIGHT)).isEqualTo(1);
        assertThat(t.get(Count.KEPT_WRONG)).isEqualTo(2);
        assertThat(t.get(Count.GOLD)).isEqualTo(3);    // the right, the missed and the wrong-type rows
        assertThat(t.precision()).isEqualTo(1 / 3.0);
        assertThat(t.recall()).isEqualTo(1 / 3.0);
    }

    @Test
    void aPossibleEventJudgedNoEventIsWrongYetLeavesThePrecisionOverAssertedEvents() {
        Event possible = event(41, 90, "attack", EventType.ASSAULT, "FRA").toBuilder().status(EventStatus.POSSIBLE).build();
        JudgedScore.Tally t = score(List.of(event(0, 40, "met", EventType.CONSULT, "FRA"), possible), new ArrayList<>());
        assertThat(t.get(Count.KEPT_WRONG)).isEqualTo(1);
        assertThat(t.get(Count.KEPT_WRONG_UNASSERTED)).isEqualTo(1);
        assertThat(t.precision()).isEqualTo(0.5);
        assertThat(t.assertedPrecision()).isEqualTo(1.0);
    }

    @Test
    void anOccurredEventJudgedNoEventCountsAgainstBothPrecisions() {
        JudgedScore.Tally t = score(List.of(event(0, 40, "met", EventType.CONSULT, "FRA"),
                event(41, 90, "attack", EventType.ASSAULT, "FRA").toBuilder().status(EventStatus.OCCURRED).build()), new ArrayList<>());
        assertThat(t.get(Count.KEPT_WRONG_UNASSERTED)).isZero();
        assertThat(t.assertedPrecision()).isEqualTo(0.5);
    }

    @Test
    void everyGoldEventNoCodedEventStandsForIsListedMissedWithItsReasonAndTheFoundAreNot() {
        List<JudgedScore.Line> lines = new ArrayList<>();
        JudgedScore.Tally t = score(List.of(event(0, 40, "met", EventType.CONSULT, "FRA"),
                event(121, 160, "vowed", EventType.THREATEN, "FRA")), lines);
        assertThat(t.get(Count.MISSED)).isEqualTo(2);     // the missed accusation and the vow still coded THREATEN
        assertThat(lines).filteredOn(l -> l.count() == Count.MISSED).extracting(JudgedScore.Line::what)
                .containsExactly("ACCUSE 111 DEU GOV nominal-event (missed)", "REJECT 120 FRA GOV vow-coded-as-threat (wrong-type THREATEN)");
        assertThat(t.get(Count.GOLD) - t.get(Count.MISSED)).isEqualTo(t.get(Count.KEPT_RIGHT) + t.get(Count.RECOVERED));
    }

    @Test
    void aMissedEventFoundOnAnotherSpanOfItsAnchorIsNoLongerListed() {
        List<JudgedScore.Line> lines = new ArrayList<>();
        JudgedScore.Tally t = score(List.of(event(95, 118, "criticism", EventType.ACCUSE, "DEU")), lines);
        assertThat(lines).filteredOn(l -> l.count() == Count.MISSED).extracting(JudgedScore.Line::start).containsExactly(0, 121);
        assertThat(t.get(Count.MISSED)).isEqualTo(2);
    }

    @Test
    void anEventOfTheGoldTypeOverAMissedAnchorIsRecoveredAndAnyOtherUnjudgedEventIsNew() {
        List<JudgedScore.Line> lines = new ArrayList<>();
        JudgedScore.Tally t = score(List.of(event(0, 40, "met", EventType.CONSULT, "FRA"),
                event(95, 118, "criticism", EventType.ACCUSE, "DEU"),
                event(121, 160, "vowed", EventType.REJECT, "GBR"),
                event(170, 200, "signed", EventType.AGREE, "FRA")), lines);
        assertThat(t.get(Count.RECOVERED)).isEqualTo(2);          // the missed accusation and the vow's right type
        assertThat(t.get(Count.RECOVERED_ACTOR_OK)).isEqualTo(1); // the vow's actor is FRA, not GBR
        assertThat(t.get(Count.NEW)).isEqualTo(1);
        assertThat(t.get(Count.DROPPED_WRONG)).isEqualTo(2);      // the attack and the vow as a threat are gone
        assertThat(t.precision()).isEqualTo(1.0);
        assertThat(t.recall()).isEqualTo(1.0);
        assertThat(lines).extracting(JudgedScore.Line::count).contains(Count.NEW, Count.RECOVERED, Count.DROPPED_WRONG);
    }

    @Test
    void newEventsLeaveThePrecisionOverJudgedEventsAloneButLowerItsBoundAsIfTheyWereWrong() {
        JudgedScore.Tally t = score(List.of(event(0, 40, "met", EventType.CONSULT, "FRA"),
                event(41, 90, "attack", EventType.ASSAULT, "FRA"),
                event(170, 200, "signed", EventType.AGREE, "FRA"), event(210, 240, "urged", EventType.REQUEST, "FRA")),
                new ArrayList<>());
        assertThat(t.get(Count.NEW)).isEqualTo(2);
        assertThat(t.precision()).isEqualTo(0.5);                 // one right of the two judged
        assertThat(t.precisionIfNewAreWrong()).isEqualTo(0.25);   // one right of the four given
        JudgedScore.Tally none = score(List.of(event(0, 40, "met", EventType.CONSULT, "FRA")), new ArrayList<>());
        assertThat(none.precisionIfNewAreWrong()).isEqualTo(none.precision()).isEqualTo(1.0);
    }

    @Test
    void anEventOfTheWrongTypeOverAMissedAnchorRecoversNothing() {
        JudgedScore.Tally t = score(List.of(event(95, 118, "criticism", EventType.PROTEST, "DEU")), new ArrayList<>());
        assertThat(t.get(Count.RECOVERED)).isZero();
        assertThat(t.get(Count.NEW)).isEqualTo(1);
        assertThat(t.get(Count.DROPPED_RIGHT)).isEqualTo(1);
        assertThat(t.recall()).isZero();
    }

    @Test
    void aRightEventCodedNowOnAnotherSpanOfTheSameTypeStaysRightNotDropped() {
        JudgedScore.Tally t = score(List.of(event(0, 30, "met", EventType.CONSULT, "FRA")), new ArrayList<>());
        assertThat(t.get(Count.KEPT_RIGHT)).isEqualTo(1);
        assertThat(t.get(Count.DROPPED_RIGHT)).isZero();
        assertThat(t.get(Count.NEW)).isZero();
    }

    private static final List<JudgedRow> DATED = JudgedRow.parse(List.of(
            "doc-2\t0\t40\tmet\tCONSULT\tright\tCONSULT\t040\tFRA GOV\tok\t-\t2011-06-02",
            "doc-2\t41\t90\tsaid\tACCUSE\tright\tACCUSE\t111\tFRA GOV\tok\t-\t-",
            "doc-2\t91\t120\t-\t-\tmissed\tPROTEST\t141\tKOR CVL\t-\t-\t2011-06",
            "doc-2\t121\t160\tsigned\tAGREE\tright\tAGREE\t057\tFRA GOV\tok\t-"), "judged-y.tsv");

    private static Event dated(Event e, String date, DateModifier mod) { return e.toBuilder().date(date).dateMod(mod).build(); }

    private static JudgedScore.Tally scoreDated(List<Event> coded, List<JudgedScore.Line> lines) {
        return score("doc-2", DATED, coded, lines);
    }

    @Test
    void aTwelfthColumnGivesTheGoldDateAndAnEmptyOrMissingOneLeavesItUnchecked() {
        assertThat(DATED.get(0).goldDate()).isEqualTo("2011-06-02");
        assertThat(DATED.get(1).goldDate()).isEqualTo(JudgedRow.UNDATED);
        assertThat(DATED.get(3).dateChecked()).isFalse();
        assertThat(ROWS.get(0).dateChecked()).isFalse();
    }

    @Test
    void goldDatesOfEveryTimeMlGrainAreReadAndAnyOtherTextIsRefusedNamingTheLine() {
        for (String value : List.of("2011-06-02", "2011-06", "2011", "2023-W51", "2000-W13-WE", "2023-SU", "2020-Q1", "195X", "19XX", "-")) {
            assertThat(JudgedRow.parse(List.of("d\t0\t1\t-\t-\tmissed\tAID\t070\tPRK GOV\t-\t-\t" + value), "f")
                    .get(0).goldDate()).isEqualTo(value);
        }
        for (String slip : List.of("June 2", "2011-6-2", "ok", "2011-06-02T10:00")) {
            assertThatThrownBy(() -> JudgedRow.parse(List.of(FILE.get(0), "d\t0\t1\t-\t-\tmissed\tAID\t070\tPRK GOV\t-\t-\t"
                    + slip), "judged-z.tsv"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("judged-z.tsv line 2").hasMessageContaining(slip);
        }
    }

    @Test
    void keptRightAndRecoveredEventsAreDatedRightOnlyWhenTheyCarryTheGoldDate() {
        List<JudgedScore.Line> lines = new ArrayList<>();
        JudgedScore.Tally t = scoreDated(List.of(
                dated(event(0, 40, "met", EventType.CONSULT, "FRA"), "2011-06-07", DateModifier.ON_OR_BEFORE),
                dated(event(41, 90, "said", EventType.ACCUSE, "FRA"), "2011-06-07", DateModifier.ON_OR_BEFORE),
                dated(event(95, 118, "rally", EventType.PROTEST, "KOR"), "2011-06", null),
                dated(event(121, 160, "signed", EventType.AGREE, "FRA"), "2011-06-07", null)), lines);
        assertThat(t.get(Count.DATE_WRONG)).isEqualTo(1);     // the meeting of June 2 given the article's day
        assertThat(t.get(Count.DATE_RIGHT)).isEqualTo(2);     // an undated saying on or before the article's day; the rally
        assertThat(t.get(Count.DATE_UNCHECKED)).isEqualTo(1); // the signing nobody dated
        assertThat(lines).filteredOn(l -> l.count() == Count.DATE_WRONG).singleElement()
                .extracting(JudgedScore.Line::what).asString().contains("2011-06-07", "gold 2011-06-02");
    }

    @Test
    void anActTheTextGivesNoTimeIsDatedWrongWhenTheCoderGivesItAnExactDay() {
        JudgedScore.Tally t = scoreDated(List.of(dated(event(41, 90, "said", EventType.ACCUSE, "FRA"), "2011-06-07", null)),
                new ArrayList<>());
        assertThat(t.get(Count.DATE_WRONG)).isEqualTo(1);
        assertThat(t.get(Count.DATE_RIGHT)).isZero();
    }

    @Test
    void wrongAndNewEventsAreNotDateChecked() {
        JudgedScore.Tally t = score(List.of(dated(event(41, 90, "attack", EventType.ASSAULT, "FRA"), "2011-06-07", null),
                dated(event(170, 200, "signed", EventType.AGREE, "FRA"), "2011-06-07", null)), new ArrayList<>());
        assertThat(t.get(Count.DATE_RIGHT) + t.get(Count.DATE_WRONG) + t.get(Count.DATE_UNCHECKED)).isZero();
    }

    private static org.dateline.model.Article articleIn(String language) {
        return new org.dateline.model.Article("t", "test", null, null, null, null, null, null, "2011-03-10", false, List.of(),
                null, null, language, "body", "h");
    }

    @Test
    void goldOfSpanishOrEnglishDocumentsIsInReachAndGoldInAThirdLanguageIsNot() {
        List<JudgedRow> gold = ROWS.stream().filter(JudgedRow::gold).toList();
        assertThat(gold).isNotEmpty();
        assertThat(JudgedScore.goldUnread(articleIn("es"), ROWS)).isZero();
        assertThat(JudgedScore.goldUnread(articleIn("en"), ROWS)).isZero();
        assertThat(JudgedScore.goldUnread(articleIn("fr"), ROWS)).isEqualTo(gold.size());
    }
}
