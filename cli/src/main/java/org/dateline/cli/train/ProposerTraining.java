package org.dateline.cli.train;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import edu.stanford.nlp.classify.LogisticClassifierFactory;

import org.dateline.core.event.FilterWeights;
import org.dateline.core.event.PageFamily;
import org.dateline.core.language.Sentence;
import org.dateline.model.EventType;

/**
 * Trains the event proposer: for each PLOVER type, a one-vs-rest logistic model (CoreNLP's
 * {@link LogisticClassifierFactory}, an L2 prior) of whether a sentence tells an event of that type, over its
 * {@code SentenceFeatures}. The types the coder gave a sentence are those of the judged rows of the rules' events in it
 * (a row spanning the whole sentence was an earlier proposer's guess). A sentence is a positive for a type when a judged row with a real event of that type
 * (right, wrong-type's or wrong-actor's gold type, a missed row's anchor) starts in it; every other sentence of a
 * judged document is a negative, the coder's not-events among them. The prior is chosen per type by cross-validation
 * by document on the rows it is given (half A alone), and the threshold as the lowest at which the out-of-fold
 * proposals, on the sentences where the rules gave no event, are right at least as often as asked.
 */
final class ProposerTraining {
    static final double[] SIGMAS = {0.25, 0.5, 1, 2};
    static final int FOLDS = 5;
    /**
     * The fewest out-of-fold proposals a threshold must make to be trusted: at fewer, a precision says little (4 right
     * of 7 is anywhere from .2 to .9 at 95%). Stop s36 raised it from 5: its web ACCUSE model passed half A at 4 of 7
     * and was right 0 of 5 on half B, as the web proposals of stop s35 had been (2 of 14).
     */
    static final int MIN_PROPOSALS = 10;

    /**
     * One sentence of a judged document: its page's family, its features, the types of the real events told in it,
     * and the types the coder gave it (the judged coded rows starting in it).
     */
    record Row(String doc, PageFamily family, List<String> features, Set<EventType> gold, Set<EventType> coded) {
        char half() { return Judgement.halfOf(doc); }

        int fold() { return Judgement.bucket("s30:fold:" + doc, FOLDS); }
    }

    /**
     * The settings chosen for one type: its prior, each family's threshold (above 1: off for that family), and the
     * out-of-fold probabilities they were chosen on.
     */
    record Choice(EventType type, double sigma, double logLikelihood, Map<PageFamily, Double> thresholds, double[] outOfFold) {
        /** True when some family's proposals of the type reached the precision asked. */
        boolean usable() { return thresholds.values().stream().anyMatch(t -> t <= 1); }

        double threshold(PageFamily family) { return thresholds.getOrDefault(family, 2.0); }
    }

    /** Proposals a model makes at a threshold on the sentences the rules gave no event, and how many are right. */
    record Gain(int proposed, int right) {
        double precision() { return proposed == 0 ? 0 : (double) right / proposed; }
    }

    private ProposerTraining() {}

    /** The rows of one document's sentences, labelled by its judged rows ({@code features} one list per sentence). */
    static List<Row> rowsOf(String doc, PageFamily family, List<Sentence> sentences, List<List<String>> features, List<JudgedRow> judged) {
        List<Set<EventType>> gold = new ArrayList<>(), coded = codedTypes(sentences, judged);
        for (int i = 0; i < sentences.size(); i++) gold.add(EnumSet.noneOf(EventType.class));
        for (JudgedRow r : judged) {
            int s = sentenceAt(sentences, r.start());
            if (s >= 0 && r.gold()) type(r.goldType().equals("-") ? r.codedType() : r.goldType()).ifPresent(gold.get(s)::add);
        }
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) out.add(new Row(doc, family, features.get(i), gold.get(i), coded.get(i)));
        return out;
    }

    /**
     * The types the rules gave each sentence: those of the judged coded rows starting in it, an earlier proposer's
     * whole-sentence guesses left out ({@link #wholeSentence}).
     */
    static List<Set<EventType>> codedTypes(List<Sentence> sentences, List<JudgedRow> judged) {
        List<Set<EventType>> coded = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) coded.add(EnumSet.noneOf(EventType.class));
        for (JudgedRow r : judged) {
            int s = sentenceAt(sentences, r.start());
            if (s >= 0 && !r.missed() && !wholeSentence(sentences.get(s), r)) type(r.codedType()).ifPresent(coded.get(s)::add);
        }
        return coded;
    }

    /** The rows of a {@code --dump} file: doc, half, fold, family, gold types, coded types, features (blank-separated). */
    static List<Row> readDump(List<String> lines) {
        List<Row> out = new ArrayList<>();
        for (String line : lines) {
            String[] c = line.split("\t", -1);
            PageFamily family = PageFamily.valueOf(c[3].toUpperCase(java.util.Locale.ROOT));
            List<String> features = c[6].isEmpty() ? List.of() : List.of(c[6].split(" "));
            out.add(new Row(c[0], family, features, types(c[4]), types(c[5])));
        }
        return out;
    }

    /** A set of types as a dump writes it: "[SUPPORT, ACCUSE]". */
    private static Set<EventType> types(String written) {
        Set<EventType> out = EnumSet.noneOf(EventType.class);
        for (String t : written.replaceAll("[\\[\\]]", "").split(",\\s*")) type(t.strip()).ifPresent(out::add);
        return out;
    }

    /** The row without the features that start with any of the prefixes (an experiment's ablation). */
    static Row without(Row r, List<String> prefixes) {
        if (prefixes.isEmpty()) return r;
        List<String> kept = r.features().stream().filter(f -> prefixes.stream().noneMatch(f::startsWith)).toList();
        return new Row(r.doc(), r.family(), kept, r.gold(), r.coded());
    }

    /**
     * True when a coded row spans its whole sentence: a proposal of an earlier proposer (whose span is its sentence),
     * not the rules' (whose span is a trigger's phrase). Counted as the rules', the earlier proposer's judged proposals
     * would hide the very sentences a proposer is measured on.
     */
    static boolean wholeSentence(Sentence s, JudgedRow r) { return r.start() <= s.start() && r.end() >= s.end(); }

    /** The sentence an offset lies in, else the first after it (an offset on the space between two); -1 past the end. */
    static int sentenceAt(List<Sentence> sentences, int offset) {
        for (int i = 0; i < sentences.size(); i++) if (offset < sentences.get(i).end()) return i;
        return -1;
    }

    private static Optional<EventType> type(String name) {
        try {
            return Optional.of(EventType.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A model of whether a sentence tells an event of the type (threshold 0: the caller sets it). */
    static FilterWeights train(List<Row> rows, EventType type, double sigma) {
        List<LogisticFit.Example> examples = new ArrayList<>();
        for (Row r : rows) examples.add(new LogisticFit.Example(r.features(), r.gold().contains(type)));
        return LogisticFit.fit(examples, sigma, new FilterWeights(-10, 0, Map.of()));
    }

    /** Every row's probability under a model trained on the other folds. */
    static double[] outOfFold(List<Row> rows, EventType type, double sigma) {
        List<FilterWeights> models = new ArrayList<>();
        for (int k = 0; k < FOLDS; k++) {
            int fold = k;
            models.add(train(rows.stream().filter(r -> r.fold() != fold).toList(), type, sigma));
        }
        double[] p = new double[rows.size()];
        for (int i = 0; i < p.length; i++) p[i] = models.get(rows.get(i).fold()).probability(rows.get(i).features());
        return p;
    }

    /**
     * The prior with the best out-of-fold log-likelihood, and for each family the lowest threshold whose out-of-fold
     * proposals on its sentences reach the precision (2, off, when none does).
     */
    static Choice choose(List<Row> rows, EventType type, double minPrecision) {
        Choice best = null;
        for (double sigma : SIGMAS) {
            double[] p = outOfFold(rows, type, sigma);
            double ll = logLikelihood(rows, type, p);
            if (best == null || ll > best.logLikelihood()) best = new Choice(type, sigma, ll, Map.of(), p);
        }
        Map<PageFamily, Double> thresholds = new EnumMap<>(PageFamily.class);
        for (PageFamily f : PageFamily.values()) {
            thresholds.put(f, threshold(rows, type, best.outOfFold(), minPrecision, r -> r.family() == f));
        }
        return new Choice(type, best.sigma(), best.logLikelihood(), thresholds, best.outOfFold());
    }

    static double logLikelihood(List<Row> rows, EventType type, double[] p) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double q = Math.min(1 - 1e-9, Math.max(1e-9, p[i]));
            sum += Math.log(rows.get(i).gold().contains(type) ? q : 1 - q);
        }
        return p.length == 0 ? 0 : sum / p.length;
    }

    /**
     * The lowest threshold in 0.05..0.95 (steps of 0.01) at which at least {@value #MIN_PROPOSALS} proposals are
     * made on the rows that pass {@code which} and they are right at least {@code minPrecision} of the time; 2
     * (never) when none is.
     */
    static double threshold(List<Row> rows, EventType type, double[] p, double minPrecision, Predicate<Row> which) {
        for (int t = 5; t <= 95; t++) {
            Gain g = gain(rows, type, p, t / 100.0, which);
            if (g.proposed() >= MIN_PROPOSALS && g.precision() >= minPrecision) return t / 100.0;
        }
        return 2;
    }

    /** What the proposer adds at a threshold on the rows that pass {@code which}: only where the rules gave no event. */
    static Gain gain(List<Row> rows, EventType type, double[] p, double threshold, Predicate<Row> which) {
        int proposed = 0, right = 0;
        for (int i = 0; i < p.length; i++) {
            Row r = rows.get(i);
            if (!which.test(r) || !r.coded().isEmpty() || p[i] < threshold) continue;
            proposed++;
            if (r.gold().contains(type)) right++;
        }
        return new Gain(proposed, right);
    }
}
