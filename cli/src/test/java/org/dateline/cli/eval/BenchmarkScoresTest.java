package org.dateline.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BenchmarkScoresTest {

    @Test
    void wcxbWordsIgnoreCaseAndPunctuation() {
        // white-space tokens would miss "Harbour," and "closed." against "harbour" and "closed"
        double[] prf = BenchmarkScores.wcxbWords("The harbour closed", "the Harbour, closed.");
        assertThat(prf).containsExactly(1, 1, 1);
        assertThat(ExtractionEvalCommand.bagOfWords("The harbour closed", "the Harbour, closed.")[2]).isLessThan(0.5);
    }

    @Test
    void wcxbWordsScoreAnEmptyGoldByWhetherAnythingWasRead() {
        assertThat(BenchmarkScores.wcxbWords("", "")).containsExactly(1, 1, 1);
        assertThat(BenchmarkScores.wcxbWords("", "menu")).containsExactly(0, 0, 0);
        assertThat(BenchmarkScores.wcxbWords("a b", "")).containsExactly(0, 0, 0);
    }

    @Test
    void wcxbWordsCountLettersOfEveryScript() {
        assertThat(BenchmarkScores.words("Zürich öffnet den Hafen", true)).containsExactly("zürich", "öffnet", "den", "hafen");
    }

    @Test
    void shinglesPenaliseWordsReadInAnotherOrder() {
        String gold = "one two three four five";
        double[] same = BenchmarkScores.shingleCounts(gold, gold);
        assertThat(same).containsExactly(1, 0, 0);
        // the same bag of words, shuffled: no four-word run survives
        double[] shuffled = BenchmarkScores.shingleCounts(gold, "five four three two one");
        assertThat(shuffled[0]).isZero();
        assertThat(BenchmarkScores.wcxbWords(gold, "five four three two one")[2]).isEqualTo(1.0);
    }

    @Test
    void shingleCountsAreSharesOfTheirSum() {
        // gold shingles: [a b c d], [b c d e]; read: [a b c d], [b c d x]
        double[] c = BenchmarkScores.shingleCounts("a b c d e", "a b c d x");
        assertThat(c[0]).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(c[1]).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(c[2]).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(BenchmarkScores.shinglePrecision(c)).isCloseTo(0.5, within(1e-9));
        assertThat(BenchmarkScores.shingleRecall(c)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aPageThatReadNothingCountsForRecallOnly() {
        double[] c = BenchmarkScores.shingleCounts("a b c d", "");
        assertThat(BenchmarkScores.shinglePrecision(c)).isNaN();
        assertThat(BenchmarkScores.shingleRecall(c)).isZero();
        double[] none = BenchmarkScores.shingleCounts("", "");
        assertThat(BenchmarkScores.shinglePrecision(none)).isEqualTo(1.0);
    }

    @Test
    void shingleF1IsTheHarmonicMeanOfTheAverages() {
        ExtractionTally t = new ExtractionTally();
        t.shinglePrecision = 1.0 + 0.5;
        t.shinglePrecisionPages = 2;
        t.shingleRecall = 0.5;
        t.shingleRecallPages = 2;
        // P = .75, R = .25
        assertThat(t.shingleF1()).isCloseTo(2 * 0.75 * 0.25 / 1.0, within(1e-9));
    }
}
