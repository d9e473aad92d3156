package org.dateline.cli.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Body scores as the published extraction benchmarks compute them, beside the project's own white-space word F1
 * ({@link ExtractionEvalCommand#bagOfWords}), which keeps case and the punctuation glued to a word ("end." is not
 * "end"), so it reads lower than the benchmarks' figures for the same text.
 *
 * <ul>
 * <li>WCXB's scorer: words are runs of letters, digits and underscores ({@code \w+}, any script), lower case;
 *     precision, recall and F1 over the two bags of words, per page, averaged over pages. A page whose gold has no
 *     word scores 1 when nothing was read, else 0.</li>
 * <li>ScrapingHub's article-extraction benchmark: words as above but case kept; the bags are of shingles, each run
 *     of four words in a row (a text of fewer words is one shingle), so words read in the wrong order or glued from
 *     other places count less. Per page, true and false positives and false negatives are divided by their sum, so a
 *     long page weighs no more than a short one; precision is averaged over the pages that read anything or whose
 *     gold has anything, recall likewise, and F1 is the harmonic mean of the two averages (not an average of F1s).</li>
 * </ul>
 */
final class BenchmarkScores {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    private BenchmarkScores() {}

    /** WCXB's precision, recall and F1 of one page. */
    static double[] wcxbWords(String gold, String got) {
        List<String> ref = words(gold, true);
        List<String> pred = words(got, true);
        if (ref.isEmpty()) return pred.isEmpty() ? new double[] {1, 1, 1} : new double[] {0, 0, 0};
        if (pred.isEmpty()) return new double[] {0, 0, 0};
        int overlap = overlap(counts(ref), counts(pred));
        double p = (double) overlap / pred.size();
        double r = (double) overlap / ref.size();
        return new double[] {p, r, p + r > 0 ? 2 * p * r / (p + r) : 0};
    }

    /** ScrapingHub's shingle true positives, false positives and false negatives of one page, summing to 1 (or all 0). */
    static double[] shingleCounts(String gold, String got) {
        Map<List<String>, Integer> truth = counts(shingles(words(gold, false)));
        Map<List<String>, Integer> pred = counts(shingles(words(got, false)));
        double tp = overlap(truth, pred);
        double fp = pred.values().stream().mapToInt(Integer::intValue).sum() - tp;
        double fn = truth.values().stream().mapToInt(Integer::intValue).sum() - tp;
        double s = tp + fp + fn;
        return s > 0 ? new double[] {tp / s, fp / s, fn / s} : new double[] {0, 0, 0};
    }

    /** Precision of one page's shingle counts, or NaN when the page does not count for precision. */
    static double shinglePrecision(double[] c) {
        if (c[1] == 0 && c[2] == 0) return 1;
        return c[0] + c[1] > 0 ? c[0] / (c[0] + c[1]) : Double.NaN;
    }

    /** Recall of one page's shingle counts, or NaN when the page does not count for recall. */
    static double shingleRecall(double[] c) {
        if (c[1] == 0 && c[2] == 0) return 1;
        return c[0] + c[2] > 0 ? c[0] / (c[0] + c[2]) : Double.NaN;
    }

    static List<String> words(String text, boolean lowerCase) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = WORD.matcher(lowerCase ? text.toLowerCase(Locale.ROOT) : text);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static List<List<String>> shingles(List<String> words) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < Math.max(1, words.size() - SHINGLE + 1); i++) {
            List<String> s = words.subList(i, Math.min(words.size(), i + SHINGLE));
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }

    private static <T> Map<T, Integer> counts(List<T> items) {
        Map<T, Integer> c = new HashMap<>();
        for (T t : items) c.merge(t, 1, Integer::sum);
        return c;
    }

    private static <T> int overlap(Map<T, Integer> a, Map<T, Integer> b) {
        int n = 0;
        for (Map.Entry<T, Integer> e : a.entrySet()) n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        return n;
    }
}
