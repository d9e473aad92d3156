package org.dateline.cli.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The report's arithmetic on an invented judged set: precision and recall before and after the filter. */
class TallyTest {
    private static Tally.Scored scored(String doc, Judgement.Label label, double p) {
        return new Tally.Scored(new Judgement(doc, List.of(), label), p);
    }

    /** Five coded events (three right) and one missed event; the filter keeps those scored 0.5 or more. */
    private static final List<Tally.Scored> SET = List.of(
            scored("kcna:1", Judgement.Label.RIGHT, 0.9), scored("kcna:1", Judgement.Label.RIGHT, 0.3),
            scored("kcna:1", Judgement.Label.WRONG, 0.2), scored("n4k:a", Judgement.Label.WRONG, 0.7),
            scored("n4k:a", Judgement.Label.RIGHT, 0.6), scored("n4k:a", Judgement.Label.MISSED, Double.NaN));

    @Test
    void precisionIsRightOverKeptAndRecallCountsTheMissedAsGold() {
        Tally t = Tally.of(SET, 0.5, j -> true);
        assertThat(t).isEqualTo(new Tally(5, 3, 3, 2, 1));
        assertThat(t.precisionBefore()).isCloseTo(3 / 5.0, within(1e-12));
        assertThat(t.precisionAfter()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(t.recallBefore()).isCloseTo(3 / 4.0, within(1e-12));
        assertThat(t.recallAfter()).isCloseTo(2 / 4.0, within(1e-12));
    }

    @Test
    void theFamiliesAreCountedApart() {
        assertThat(Tally.of(SET, 0.5, Judgement::kcna)).isEqualTo(new Tally(3, 1, 2, 1, 0));
        assertThat(Tally.of(SET, 0.5, j -> !j.kcna())).isEqualTo(new Tally(2, 2, 1, 1, 1));
    }

    @Test
    void aThresholdOfZeroKeepsEverything() {
        Tally t = Tally.of(SET, 0, j -> true);
        assertThat(t.kept()).isEqualTo(t.coded());
        assertThat(t.precisionAfter()).isEqualTo(t.precisionBefore());
    }
}
