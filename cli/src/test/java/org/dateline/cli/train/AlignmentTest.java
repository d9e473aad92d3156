package org.dateline.cli.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** Putting a judge's rows (an invented judged file) on the events coded now, and what does not fit. */
class AlignmentTest {
    private static final List<String> FILE = List.of(
            "doc\tstart\tend\ttrigger\tcoded_type\tverdict\tgold_type\tgold_cameo\tactor\tdate\treason",
            "doc-1\t0\t40\tmet\tCONSULT\tright\tCONSULT\t040\tFRA GOV\tok\t-",
            "doc-1\t41\t90\tattack\tASSAULT\tnot-event\t-\t-\t-\t-\thypothetical-or-plan",
            "doc-1\t91\t120\t-\t-\tmissed\tACCUSE\t111\tDEU GOV\t-\tnominal-event",
            "doc-1\t121\t160\tvowed\tTHREATEN\twrong-type\tREJECT\t120\tFRA GOV\t-\tvow-coded-as-threat");

    private static Event event(int start, int end, String trigger, EventType type) {
        return Event.builder().id("E").type(type).trigger(trigger).span(start, end).build();
    }

    @Test
    void eachRowFindsTheCodedEventWithTheSameSpanAndTriggerAndMissedRowsCountAsGold() {
        List<Event> coded = List.of(event(0, 40, "met", EventType.CONSULT), event(41, 90, "attack", EventType.ASSAULT));
        List<String> problems = new ArrayList<>();
        List<Judgement> js = Alignment.align("doc-1", coded, List.of(List.of("tense=VBD"), List.of("modal")),
                JudgedRow.parse(FILE, "judged-x.tsv"), problems);
        assertThat(js).extracting(Judgement::label).containsExactly(Judgement.Label.RIGHT, Judgement.Label.WRONG,
                Judgement.Label.MISSED);
        assertThat(js.get(0).features()).containsExactly("tense=VBD");
        assertThat(js.get(1).features()).containsExactly("modal");
        assertThat(js.get(2).features()).isEmpty();
        // the wrong-type row's event is no longer coded: reported, not trained on
        assertThat(problems).singleElement().asString().startsWith("unaligned doc-1 121-160 'vowed'");
    }

    @Test
    void aCodedEventNoRowJudgesIsReportedAndLeftOut() {
        List<Event> coded = List.of(event(0, 40, "met", EventType.CONSULT), event(200, 240, "signed", EventType.AGREE));
        List<String> problems = new ArrayList<>();
        List<Judgement> js = Alignment.align("doc-1", coded, List.of(List.of(), List.of()),
                JudgedRow.parse(FILE.subList(0, 2), "judged-x.tsv"), problems);
        assertThat(js).hasSize(1);
        assertThat(problems).singleElement().asString().startsWith("unjudged doc-1 200-240 'signed' AGREE");
    }

    @Test
    void twoEventsOfOneSpanAndTriggerTakeTheRowsInOrderAndAThirdRowIsReported() {
        List<Event> coded = List.of(event(0, 40, "met", EventType.CONSULT), event(0, 40, "met", EventType.CONSULT));
        List<String> rows = List.of(FILE.get(0), FILE.get(1), "doc-1\t0\t40\tmet\tCONSULT\tduplicate\t-\t-\t-\t-\t-",
                "doc-1\t0\t40\tmet\tCONSULT\tright\tCONSULT\t040\t-\tok\t-");
        List<String> problems = new ArrayList<>();
        List<Judgement> js = Alignment.align("doc-1", coded, List.of(List.of("a"), List.of("b")),
                JudgedRow.parse(rows, "judged-x.tsv"), problems);
        assertThat(js).extracting(Judgement::label).containsExactly(Judgement.Label.RIGHT, Judgement.Label.WRONG);
        assertThat(js).extracting(j -> j.features().get(0)).containsExactly("a", "b");
        assertThat(problems).singleElement().asString().startsWith("twice doc-1 0-40 'met'");
    }

    @Test
    void theTrainerKeepsARowWhoseEventChangedOnlyItsTypeAndTheEvaluationsRuleDoesNot() {
        List<Event> coded = List.of(event(0, 40, "met", EventType.SUPPORT), event(0, 40, "met", EventType.CONSULT));
        JudgedRow consult = JudgedRow.parse(FILE.subList(0, 2), "judged-x.tsv").get(0);
        assertThat(Alignment.rowEvent(coded, consult, Set.of(), false)).isEqualTo(0);
        assertThat(Alignment.rowEvent(coded, consult, Set.of(), true)).isEqualTo(1);
        assertThat(Alignment.rowEvent(coded, consult, Set.of(1), true)).isEqualTo(-1);
        assertThat(Alignment.rowEvent(List.of(event(0, 41, "met", EventType.CONSULT)), consult, Set.of(), false)).isEqualTo(-1);
    }

    @Test
    void aRowWithAnUnknownVerdictIsAnErrorNamingItsLine() {
        assertThatThrownBy(() -> JudgedRow.parse(List.of(FILE.get(0), "doc-1\t0\t4\tmet\tCONSULT\tmaybe"), "judged-x.tsv"))
                .hasMessageContaining("judged-x.tsv line 2").hasMessageContaining("maybe");
    }

    @Test
    void theHalfIsTheOneTheJudgesViewShows() {
        // sha1("s30:half:" + doc) % 2, computed by the view's Python for these invented keys
        assertThat(new Judgement("kcna:1", List.of(), Judgement.Label.MISSED).half()).isEqualTo('A');
        assertThat(new Judgement("doc-1", List.of(), Judgement.Label.MISSED).half()).isEqualTo('B');
        assertThat(new Judgement("n4k:abc", List.of(), Judgement.Label.MISSED).half()).isEqualTo('B');
    }
}
