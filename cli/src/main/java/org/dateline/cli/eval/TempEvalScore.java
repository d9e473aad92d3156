package org.dateline.cli.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.dateline.core.time.Timex;

/**
 * TempEval-3 style scores for time expressions: strict (same span) and relaxed (overlapping span) precision,
 * recall and F1, and the attribute scores TempEval-3 reports: value F1 and type F1, each the attribute's accuracy
 * over relaxed matches times relaxed F1. Gold and system spans are paired one to one, exact matches first.
 */
public final class TempEvalScore {
    private int system;
    private int gold;
    private int strict;
    private int relaxed;
    private int valueRight;
    private int equivalentRight;
    private int typeRight;
    private final List<String> errors = new ArrayList<>();

    /** One pairing decision, kept for --verbose. */
    public List<String> errors() {
        return errors;
    }

    /** Scores one document and adds it to the totals. */
    public void add(TimeMlDocument doc, List<Timex> found) {
        system += found.size();
        gold += doc.gold().size();
        boolean[] used = new boolean[found.size()];
        int[] pair = new int[doc.gold().size()];
        Arrays.fill(pair, -1);
        for (int g = 0; g < doc.gold().size(); g++) {
            TimeMlDocument.GoldTimex gt = doc.gold().get(g);
            for (int s = 0; s < found.size(); s++) {
                if (!used[s] && found.get(s).start() == gt.start() && found.get(s).end() == gt.end()) {
                    used[s] = true;
                    pair[g] = s;
                    strict++;
                    break;
                }
            }
        }
        for (int g = 0; g < doc.gold().size(); g++) {
            if (pair[g] >= 0) continue;
            TimeMlDocument.GoldTimex gt = doc.gold().get(g);
            int best = -1;
            int bestOverlap = 0;
            for (int s = 0; s < found.size(); s++) {
                int overlap = Math.min(found.get(s).end(), gt.end()) - Math.max(found.get(s).start(), gt.start());
                if (!used[s] && overlap > bestOverlap) {
                    best = s;
                    bestOverlap = overlap;
                }
            }
            if (best >= 0) {
                used[best] = true;
                pair[g] = best;
            }
        }
        for (int g = 0; g < doc.gold().size(); g++) {
            TimeMlDocument.GoldTimex gt = doc.gold().get(g);
            if (pair[g] < 0) {
                errors.add(doc.name() + "\tMISSED\t" + gt.text() + "\t" + gt.type() + "\t" + gt.value() + "\t"
                        + context(doc.text(), gt.start(), gt.end()));
                continue;
            }
            relaxed++;
            Timex t = found.get(pair[g]);
            boolean valueOk = Objects.equals(t.value(), gt.value());
            if (valueOk) valueRight++;
            if (valueOk || Objects.equals(canonical(t.value()), canonical(gt.value()))) equivalentRight++;
            if (Objects.equals(t.type(), gt.type())) typeRight++;
            if (!valueOk || t.start() != gt.start() || t.end() != gt.end()) {
                errors.add(doc.name() + "\t" + (valueOk ? "SPAN" : "VALUE") + "\t" + gt.text() + " -> " + t.text()
                        + "\t" + gt.value() + " -> " + t.value() + "\tdct " + doc.dct() + "\t"
                        + context(doc.text(), gt.start(), gt.end()));
            }
        }
        for (int s = 0; s < found.size(); s++) {
            if (!used[s]) {
                Timex t = found.get(s);
                errors.add(doc.name() + "\tSPURIOUS\t" + t.text() + "\t" + t.type() + "\t" + t.value() + "\t"
                        + context(doc.text(), t.start(), t.end()));
            }
        }
    }

    private static String context(String text, int start, int end) {
        int s = Math.max(0, start - 60);
        int e = Math.min(text.length(), end + 40);
        return (text.substring(s, start) + "[" + text.substring(start, end) + "]" + text.substring(end, e))
                .replaceAll("\\s+", " ");
    }

    public int systemCount() { return system; }
    public int goldCount() { return gold; }
    public double strictPrecision() { return ratio(strict, system); }
    public double strictRecall() { return ratio(strict, gold); }
    public double strictF1() { return f1(strictPrecision(), strictRecall()); }
    public double relaxedPrecision() { return ratio(relaxed, system); }
    public double relaxedRecall() { return ratio(relaxed, gold); }
    public double relaxedF1() { return f1(relaxedPrecision(), relaxedRecall()); }
    public double valueAccuracy() { return ratio(valueRight, relaxed); }
    public double valueF1() { return valueAccuracy() * relaxedF1(); }

    /**
     * Value F1 counting TimeML spellings of the same value as equal ("1998-W7" = "1998-W07", "1968-XX" = "1968"),
     * which the exact string comparison of the TempEval-3 scorer counts as wrong. Reported beside, never instead.
     */
    public double equivalentValueF1() { return ratio(equivalentRight, relaxed) * relaxedF1(); }

    static String canonical(String value) {
        if (value == null) return null;
        String v = value.replaceAll("-W(\\d)$", "-W0$1").replaceAll("-W(\\d)-", "-W0$1-");
        while (v.endsWith("-XX")) v = v.substring(0, v.length() - 3);
        return v;
    }
    public double typeAccuracy() { return ratio(typeRight, relaxed); }
    public double typeF1() { return typeAccuracy() * relaxedF1(); }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
