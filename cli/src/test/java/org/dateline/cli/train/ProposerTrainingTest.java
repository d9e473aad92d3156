package org.dateline.cli.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dateline.core.event.FilterWeights;
import org.dateline.core.event.PageFamily;
import org.dateline.core.language.Sentence;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** The proposer's trainer: sentences labelled by the judges' rows, and a model that tells invented positives apart. */
class ProposerTrainingTest {
    private static JudgedRow row(int start, String coded, Verdict verdict, String gold) {
        return new JudgedRow("kcna:1", start, start + 5, "w", coded, verdict, gold, "PRK GOV", null, "051", "-");
    }

    @Test
    void eachSentenceIsLabelledByTheRealEventsThatStartInItAndTheTypesTheCoderGaveIt() {
        List<Sentence> sentences = List.of(new Sentence(0, 0, 40, List.of(), List.of()), new Sentence(1, 41, 90, List.of(), List.of()),
                new Sentence(2, 91, 120, List.of(), List.of()));
        List<JudgedRow> rows = List.of(row(3, "ACCUSE", Verdict.WRONG_TYPE, "SUPPORT"), row(50, "-", Verdict.MISSED, "REQUEST"),
                row(95, "CONSULT", Verdict.NOT_EVENT, "-"));
        List<ProposerTraining.Row> out = ProposerTraining.rowsOf("kcna:1", PageFamily.WIRE, sentences, List.of(List.of(), List.of(), List.of()), rows);
        assertThat(out.get(0).gold()).containsExactly(EventType.SUPPORT);
        assertThat(out.get(0).coded()).containsExactly(EventType.ACCUSE);
        assertThat(out.get(1).gold()).containsExactly(EventType.REQUEST);
        assertThat(out.get(1).coded()).isEmpty();
        assertThat(out.get(2).gold()).isEmpty();
        assertThat(out.get(2).coded()).containsExactly(EventType.CONSULT);
    }

    @Test
    void aCodedRowSpanningItsWholeSentenceIsAnEarlierProposalNotTheRules() {
        List<Sentence> sentences = List.of(new Sentence(0, 0, 40, List.of(), List.of()), new Sentence(1, 41, 90, List.of(), List.of()));
        JudgedRow proposal = new JudgedRow("kcna:1", 0, 40, "w", "ACCUSE", Verdict.RIGHT, "-", "PRK GOV", null, "111", "-");
        JudgedRow rules = new JudgedRow("kcna:1", 45, 52, "w", "ACCUSE", Verdict.RIGHT, "-", "PRK GOV", null, "111", "-");
        List<ProposerTraining.Row> out = ProposerTraining.rowsOf("kcna:1", PageFamily.WIRE, sentences, List.of(List.of(), List.of()),
                List.of(proposal, rules));
        assertThat(out.get(0).coded()).isEmpty();
        assertThat(out.get(0).gold()).containsExactly(EventType.ACCUSE);
        assertThat(out.get(1).coded()).containsExactly(EventType.ACCUSE);
    }

    @Test
    void aDumpedRowIsReadBackWithItsFamilyTypesAndFeaturesAndAnAblationDropsFeaturesByPrefix() {
        ProposerTraining.Row r = ProposerTraining.readDump(List.of(
                "kcna:7\tA\t3\twire\t[SUPPORT, ACCUSE]\t[]\tlemma=hail position=first length=mid")).get(0);
        assertThat(r.family()).isEqualTo(PageFamily.WIRE);
        assertThat(r.gold()).containsExactlyInAnyOrder(EventType.SUPPORT, EventType.ACCUSE);
        assertThat(r.coded()).isEmpty();
        assertThat(ProposerTraining.without(r, List.of("position=", "length")).features()).containsExactly("lemma=hail");
    }

    /** Forty invented documents: sentences that "hail" are SUPPORT, sentences about weather are not; one noise word. */
    private static List<ProposerTraining.Row> invented() {
        List<ProposerTraining.Row> rows = new ArrayList<>();
        for (int d = 0; d < 40; d++) {
            String doc = "kcna:" + d;
            rows.add(new ProposerTraining.Row(doc, PageFamily.WIRE, List.of("lemma=hail", "position=first", "noise=" + d % 2),
                    Set.of(EventType.SUPPORT), Set.of()));
            rows.add(new ProposerTraining.Row(doc, PageFamily.WIRE, List.of("lemma=weather", "position=later", "noise=" + d % 2), Set.of(), Set.of()));
            rows.add(new ProposerTraining.Row(doc, PageFamily.WIRE, List.of("lemma=rain", "position=later", "noise=" + (d + 1) % 2), Set.of(), Set.of()));
        }
        return rows;
    }

    @Test
    void theTrainerLearnsToSeparateInventedPositivesFromNegatives() {
        FilterWeights w = ProposerTraining.train(invented(), EventType.SUPPORT, 1.0);
        assertThat(w.probability(List.of("lemma=hail", "position=first"))).isGreaterThan(0.8);
        assertThat(w.probability(List.of("lemma=weather", "position=later"))).isLessThan(0.2);
        assertThat(w.weights().getOrDefault("lemma=hail", 0.0)).isGreaterThan(w.weights().getOrDefault("noise=1", 0.0));
    }

    @Test
    void theThresholdChosenOutOfFoldProposesThePositivesTheRulesLeftAndNothingElse() {
        List<ProposerTraining.Row> rows = invented();
        ProposerTraining.Choice c = ProposerTraining.choose(rows, EventType.SUPPORT, 0.9);
        assertThat(c.usable()).isTrue();
        ProposerTraining.Gain g = ProposerTraining.gain(rows, EventType.SUPPORT, c.outOfFold(), c.threshold(PageFamily.WIRE), r -> true);
        assertThat(g.proposed()).isEqualTo(40);
        assertThat(g.right()).isEqualTo(40);
    }

    @Test
    void aSentenceTheRulesAlreadyGaveTheTypeIsNoProposal() {
        List<ProposerTraining.Row> rows = List.of(new ProposerTraining.Row("kcna:1", PageFamily.WIRE, List.of("lemma=hail"), Set.of(EventType.SUPPORT),
                Set.of(EventType.SUPPORT)), new ProposerTraining.Row("kcna:2", PageFamily.WIRE, List.of("lemma=hail"), Set.of(EventType.SUPPORT), Set.of()));
        ProposerTraining.Gain g = ProposerTraining.gain(rows, EventType.SUPPORT, new double[] {0.9, 0.9}, 0.5, r -> true);
        assertThat(g.proposed()).isEqualTo(1);
    }

    @Test
    void aTypeNoThresholdMakesPreciseIsNotUsable() {
        List<ProposerTraining.Row> rows = new ArrayList<>();
        for (int d = 0; d < 40; d++) {
            rows.add(new ProposerTraining.Row("kcna:" + d, PageFamily.WIRE, List.of("lemma=say"), d % 2 == 0 ? Set.of(EventType.ACCUSE) : Set.of(), Set.of()));
        }
        assertThat(ProposerTraining.choose(rows, EventType.ACCUSE, 0.9).usable()).isFalse();
    }

    /**
     * Forty invented wire stories where "hail" tells SUPPORT, and forty invented web pages where it does only one time
     * in four (a page's "hail" is a storm or a taxi as often as praise): wire copy gets a threshold, web pages none.
     */
    @Test
    void theOutOfFoldChooserTurnsOffTheFamilyWhoseToyDataCannotReachTheTarget() {
        List<ProposerTraining.Row> rows = new ArrayList<>(invented());
        for (int d = 0; d < 40; d++) {
            String doc = "n4k:" + d;
            rows.add(new ProposerTraining.Row(doc, PageFamily.WEB, List.of("lemma=hail", "position=first"),
                    d % 4 == 0 ? Set.of(EventType.SUPPORT) : Set.of(), Set.of()));
            rows.add(new ProposerTraining.Row(doc, PageFamily.WEB, List.of("lemma=weather", "position=later"), Set.of(), Set.of()));
        }
        ProposerTraining.Choice c = ProposerTraining.choose(rows, EventType.SUPPORT, 0.6);
        assertThat(c.threshold(PageFamily.WIRE)).isLessThanOrEqualTo(1);
        assertThat(c.threshold(PageFamily.WEB)).isGreaterThan(1);
        assertThat(c.usable()).isTrue();
    }
}
