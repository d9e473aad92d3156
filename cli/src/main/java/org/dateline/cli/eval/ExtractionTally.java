package org.dateline.cli.eval;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import org.dateline.core.read.draft.PageType;
import org.dateline.model.Article;
import org.dateline.model.DateCandidate;

/**
 * What the reader got right on a group of gold pages. Body: word precision, recall and F1 per page, averaged.
 * Title and authors: exact after light normalisation. Dates as htmldate counts them: on a dated page the right day
 * is a true positive, another day a false positive, none a false negative; on a page the gold calls undated, none
 * is a true negative and any day a false positive. Each chosen date is credited to the origin it came from.
 */
final class ExtractionTally {
    int documents;
    int unreadable;
    int bodyScored;
    double precision;
    double recall;
    double f1;
    /** WCXB's scorer (lower-case \\w+ words): sums of per-page precision, recall and F1. */
    double wcxbPrecision;
    double wcxbRecall;
    double wcxbF1;
    /** ScrapingHub's scorer (4-word shingles): sums of per-page precision and recall, over the pages each counts. */
    double shinglePrecision;
    int shinglePrecisionPages;
    double shingleRecall;
    int shingleRecallPages;
    int titleScored;
    int titleRight;
    int authorScored;
    int authorRight;
    int typeScored;
    int typeRight;
    int dateRight;
    int dateWrong;
    int dateNone;
    int undatedNone;
    int undatedSome;
    /** Wrong dates by cause (gold took the change stamp, one day apart, other). */
    final Map<DateMiss, Integer> wrongBy = new EnumMap<>(DateMiss.class);
    /** origin -> {times chosen, times right}; "none" when no date was chosen. */
    final Map<String, int[]> origins = new TreeMap<>();

    void add(GoldPage g, Article a, PageType type) {
        add(g, a, type, DateMiss.NONE);
    }

    /** One page read, with why its date misses the gold's when it does ({@link DateMiss}). */
    void add(GoldPage g, Article a, PageType type, DateMiss dateMiss) {
        documents++;
        if (g.pageType() != null) {
            typeScored++;
            if (goldType(g.pageType()) == type) typeRight++;
        }
        if (g.body() != null) {
            double[] prf = ExtractionEvalCommand.bagOfWords(g.body(), a.body());
            bodyScored++;
            precision += prf[0];
            recall += prf[1];
            f1 += prf[2];
            addBenchmarks(g.body(), a.body());
        }
        if (g.title() != null) {
            titleScored++;
            if (titleRight(g, a)) titleRight++;
        }
        if (g.authors() != null) {
            authorScored++;
            if (authorRight(g, a)) authorRight++;
        }
        // undated pages count only in a dates-only set (htmldate's); elsewhere the gold's lack of a date is no claim
        if (g.date() != null || g.body() == null) addDate(g, a, dateMiss);
    }

    /** A page the reader refused: a miss on every field the gold gives. */
    void addUnreadable(GoldPage g) {
        documents++;
        unreadable++;
        if (g.body() != null) {
            bodyScored++;
            addBenchmarks(g.body(), "");
        }
        if (g.title() != null) titleScored++;
        if (g.authors() != null) authorScored++;
        if (g.date() != null) dateNone++;
        if (g.pageType() != null) typeScored++;
    }

    /** The body as the WCXB and ScrapingHub scorers see it (see {@link BenchmarkScores}). */
    private void addBenchmarks(String gold, String got) {
        double[] w = BenchmarkScores.wcxbWords(gold, got);
        wcxbPrecision += w[0];
        wcxbRecall += w[1];
        wcxbF1 += w[2];
        double[] c = BenchmarkScores.shingleCounts(gold, got);
        double p = BenchmarkScores.shinglePrecision(c);
        double r = BenchmarkScores.shingleRecall(c);
        if (!Double.isNaN(p)) { shinglePrecision += p; shinglePrecisionPages++; }
        if (!Double.isNaN(r)) { shingleRecall += r; shingleRecallPages++; }
    }

    /** ScrapingHub's F1: the harmonic mean of the averaged shingle precision and recall. */
    double shingleF1() {
        if (shinglePrecisionPages == 0 || shingleRecallPages == 0) return Double.NaN;
        double p = shinglePrecision / shinglePrecisionPages;
        double r = shingleRecall / shingleRecallPages;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The gold's page types in ours: collections are listings; documentation and service pages are other. */
    static PageType goldType(String gold) {
        return switch (gold) {
            case "article" -> PageType.ARTICLE;
            case "forum" -> PageType.FORUM;
            case "product" -> PageType.PRODUCT;
            case "listing", "collection" -> PageType.LISTING;
            default -> PageType.OTHER;
        };
    }

    double pageType() { return typeScored == 0 ? Double.NaN : (double) typeRight / typeScored; }

    private void addDate(GoldPage g, Article a, DateMiss dateMiss) {
        String got = a.publicationDate();
        boolean right = got != null && got.equals(g.date());
        int[] o = origins.computeIfAbsent(origin(a), k -> new int[2]);
        o[0]++;
        if (right) o[1]++;
        if (g.date() == null) {
            if (got == null) undatedNone++; else undatedSome++;
        } else if (got == null) {
            dateNone++;
        } else if (right) {
            dateRight++;
        } else {
            dateWrong++;
            wrongBy.merge(dateMiss, 1, Integer::sum);
        }
    }

    static boolean titleRight(GoldPage g, Article a) {
        return ExtractionEvalCommand.normTitle(g.title()).equals(ExtractionEvalCommand.normTitle(a.headline()));
    }

    static boolean authorRight(GoldPage g, Article a) {
        return ExtractionEvalCommand.authorSet(g.authors()).equals(ExtractionEvalCommand.authorSet(a.byline()));
    }

    /** Where the chosen date came from: the first candidate that gave its day. */
    static String origin(Article a) {
        if (a.publicationDate() == null) return "none";
        for (DateCandidate c : a.dateCandidates()) {
            if (c.value() != null && c.value().startsWith(a.publicationDate())) return c.origin();
        }
        return "other";
    }

    int dated() { return dateRight + dateWrong + dateNone; }

    double body(double sum) { return bodyScored == 0 ? Double.NaN : sum / bodyScored; }

    double title() { return titleScored == 0 ? Double.NaN : (double) titleRight / titleScored; }

    double author() { return authorScored == 0 ? Double.NaN : (double) authorRight / authorScored; }

    /** Wrong dates of one cause. */
    int wrong(DateMiss cause) { return wrongBy.getOrDefault(cause, 0); }

    /**
     * Right days among dated pages, the pages whose gold took the page's change stamp where the reader took the
     * publication it states left out: the issue asks for first publication, and those golds do not.
     */
    double dateAccuracyWithoutChangeGold() {
        int n = dated() - wrong(DateMiss.GOLD_TOOK_CHANGE);
        return n == 0 ? Double.NaN : (double) dateRight / n;
    }

    /** Right days among dated pages. */
    double dateAccuracy() { return dated() == 0 ? Double.NaN : (double) dateRight / dated(); }

    /** htmldate's accuracy: true positives and negatives over all pages scored for a date. */
    double dateAccuracyWithUndated() {
        int all = dated() + undatedNone + undatedSome;
        return all == 0 ? Double.NaN : (double) (dateRight + undatedNone) / all;
    }

    double datePrecision() {
        int fp = dateWrong + undatedSome;
        return dateRight + fp == 0 ? Double.NaN : (double) dateRight / (dateRight + fp);
    }

    double dateRecall() { return dateRight + dateNone == 0 ? Double.NaN : (double) dateRight / (dateRight + dateNone); }
}
