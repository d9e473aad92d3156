package org.dateline.core.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights of the learned {@link EventFilter}, as its resource file {@code event-filter.tsv} writes them: a comment
 * header ({@code #} lines: what, how trained, command, data, date), then {@code bias<TAB>w}, {@code threshold<TAB>p}
 * and one {@code feature<TAB>weight} line per feature. A file with no line but comments is {@link #NONE}: the filter
 * keeps everything. A line of another shape is a packaging error naming the file and the line.
 *
 * @param bias      the score of an event with no feature
 * @param threshold the least probability of being right an event needs to be kept (0..1)
 * @param weights   feature to weight; a feature not listed weighs nothing
 */
public record FilterWeights(double bias, double threshold, Map<String, Double> weights) {
    /** No model: every event is kept. */
    public static final FilterWeights NONE = new FilterWeights(0, 0, Map.of());

    public FilterWeights {
        weights = Map.copyOf(weights);
        if (!(threshold >= 0 && threshold <= 1)) throw new IllegalArgumentException("threshold " + threshold + " is not in 0..1");
    }

    /** True when this is a model at all (a file with no lines is none). */
    public boolean isEmpty() { return weights.isEmpty() && bias == 0 && threshold == 0; }

    /** The probability that an event with these features is right: the logistic of bias plus their weights. */
    public double probability(Collection<String> features) {
        double score = bias;
        for (String f : features) score += weights.getOrDefault(f, 0.0);
        return 1 / (1 + Math.exp(-score));
    }

    /** The weights of a resource; a missing resource is {@link #NONE}. */
    public static FilterWeights resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) return NONE;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(r.lines().toList(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    /** The weights of a file (a model trained but not shipped, named by the user). */
    public static FilterWeights file(Path path) {
        try {
            return parse(Files.readAllLines(path), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    /** Reads the lines of a weights file; {@code where} names it in errors ("event-filter.tsv line 7: ..."). */
    public static FilterWeights parse(List<String> lines, String where) {
        Double bias = null, threshold = null;
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] cols = lines.get(i).split("\t");
            String at = where + " line " + (i + 1) + ": ";
            if (cols.length != 2 || cols[0].isBlank()) {
                throw new IllegalArgumentException(at + "expected 'feature<TAB>weight', got: " + line);
            }
            double value;
            try {
                value = Double.parseDouble(cols[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(at + "'" + cols[1].strip() + "' is not a number");
            }
            String name = cols[0].strip();
            if (name.equals("bias")) bias = value;
            else if (name.equals("threshold")) threshold = value;
            else if (weights.put(name, value) != null) throw new IllegalArgumentException(at + "feature '" + name + "' given twice");
        }
        if (bias == null && threshold == null && weights.isEmpty()) return NONE;
        if (bias == null || threshold == null) {
            throw new IllegalArgumentException(where + ": a model needs both a 'bias' and a 'threshold' line");
        }
        try {
            return new FilterWeights(bias, threshold, weights);
        } catch (IllegalArgumentException e) { // the record's own check, told with the file's name
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }
}
