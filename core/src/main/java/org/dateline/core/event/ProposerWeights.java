package org.dateline.core.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.dateline.model.EventType;

/**
 * The weights of the learned {@link EventProposer}, as its file {@code event-proposer.tsv} writes them: a comment
 * header ({@code #} lines: what, how trained, on which data), then lines {@code TYPE<TAB>name<TAB>value}: for each
 * PLOVER type a one-vs-rest logistic model in {@link FilterWeights}' terms ({@code bias}, {@code threshold}, one line
 * per {@link SentenceFeatures} feature) and {@code cameo}, the CAMEO code an event of that type proposed is given (the
 * code its training events had most), and {@code threshold.wire} / {@code threshold.web}, the type's threshold on
 * that {@link PageFamily}'s pages ({@code off}: never proposed there), chosen apart because a model's precision
 * differs from one family to the other; a family with no such line takes the model's own {@code threshold}. A file
 * with no line but comments is {@link #NONE}: nothing is proposed.
 *
 * @param models     one model per type the proposer may propose
 * @param cameo      the CAMEO code of each type's proposals
 * @param thresholds per type, the threshold of each family that has its own ({@link #OFF}: that family is off)
 */
public record ProposerWeights(Map<EventType, FilterWeights> models, Map<EventType, String> cameo,
                              Map<EventType, Map<PageFamily, Double>> thresholds) {
    /** No model: nothing is proposed. */
    public static final ProposerWeights NONE = new ProposerWeights(Map.of(), Map.of());
    /** The threshold of a family a type is off for: no probability reaches it. */
    public static final double OFF = Double.POSITIVE_INFINITY;
    private static final String FAMILY_THRESHOLD = "threshold.";

    /** Weights whose every family takes each model's own threshold. */
    public ProposerWeights(Map<EventType, FilterWeights> models, Map<EventType, String> cameo) {
        this(models, cameo, Map.of());
    }

    public ProposerWeights {
        // in the types' declared order, whatever the caller's map: two types proposed on one sentence come out in the
        // same order on every run (Map.copyOf's order changes from one JVM to the next)
        models = Collections.unmodifiableMap(byType(models));
        cameo = Collections.unmodifiableMap(byType(cameo));
        EnumMap<EventType, Map<PageFamily, Double>> perFamily = new EnumMap<>(EventType.class);
        thresholds.forEach((t, m) -> perFamily.put(Objects.requireNonNull(t), Collections.unmodifiableMap(new EnumMap<>(m))));
        thresholds = Collections.unmodifiableMap(perFamily);
        for (EventType t : models.keySet()) {
            if (!cameo.containsKey(t)) throw new IllegalArgumentException("type " + t + " has a model and no CAMEO code");
        }
    }

    public boolean isEmpty() { return models.isEmpty(); }

    /** The threshold of a type's model on a family's pages: the family's own, else the model's ({@link #OFF} without a model). */
    public double threshold(EventType type, PageFamily family) {
        FilterWeights w = models.get(type);
        if (w == null) return OFF;
        Double own = thresholds.getOrDefault(type, Map.of()).get(family);
        return own != null ? own : w.threshold();
    }

    private static <V> EnumMap<EventType, V> byType(Map<EventType, V> m) {
        EnumMap<EventType, V> out = new EnumMap<>(EventType.class);
        m.forEach((t, v) -> out.put(Objects.requireNonNull(t), Objects.requireNonNull(v)));
        return out;
    }

    /** The weights of a resource next to {@code owner}; a missing resource is {@link #NONE}. */
    public static ProposerWeights resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) return NONE;
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    /** The weights of a file (a model trained but not shipped, named by the user). */
    public static ProposerWeights file(Path path) {
        try {
            return parse(Files.readAllLines(path), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads the lines of a weights file; {@code where} names it in errors, with the number of the line at fault
     * ("event-proposer.tsv line 17: ...").
     */
    public static ProposerWeights parse(List<String> lines, String where) {
        // each type's model lines keep their places in the file (the others blanked), so the model's own errors name
        // the file's line, not a line of the type's share of it
        Map<EventType, List<String>> byType = new LinkedHashMap<>();
        Map<EventType, String> cameo = new EnumMap<>(EventType.class);
        Map<EventType, Map<PageFamily, Double>> thresholds = new EnumMap<>(EventType.class);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] cols = lines.get(i).split("\t");
            String at = where + " line " + (i + 1) + ": ";
            if (cols.length != 3) throw new IllegalArgumentException(at + "expected 'TYPE<TAB>name<TAB>value', got: " + line);
            EventType type = typeOf(cols[0].strip(), at);
            String name = cols[1].strip();
            if (name.equals("cameo")) cameo.put(type, cols[2].strip());
            else if (name.startsWith(FAMILY_THRESHOLD)) {
                PageFamily family = familyOf(name.substring(FAMILY_THRESHOLD.length()), at);
                thresholds.computeIfAbsent(type, k -> new EnumMap<>(PageFamily.class)).put(family, familyThreshold(cols[2].strip(), at));
            } else {
                List<String> own = byType.computeIfAbsent(type, k -> new ArrayList<>(Collections.nCopies(lines.size(), "")));
                own.set(i, cols[1] + "\t" + cols[2]);
            }
        }
        Map<EventType, FilterWeights> models = new EnumMap<>(EventType.class);
        byType.forEach((t, ls) -> models.put(t, FilterWeights.parse(ls, where + " (" + t + ")")));
        for (EventType t : thresholds.keySet()) {
            if (!models.containsKey(t)) throw new IllegalArgumentException(where + ": type " + t + " has family thresholds and no model");
        }
        return new ProposerWeights(models, cameo, thresholds);
    }

    private static EventType typeOf(String name, String at) {
        try {
            return EventType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + "'" + name + "' is no PLOVER type");
        }
    }

    private static PageFamily familyOf(String key, String at) {
        for (PageFamily f : PageFamily.values()) if (f.key().equals(key)) return f;
        throw new IllegalArgumentException(at + "'" + key + "' is no page family (wire, web)");
    }

    /** A family's threshold: a probability in 0..1, or {@code off}. */
    private static double familyThreshold(String value, String at) {
        if (value.equals("off")) return OFF;
        try {
            double v = Double.parseDouble(value);
            if (v >= 0 && v <= 1) return v;
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalArgumentException(at + "a family's threshold is a probability in 0..1 or 'off', not '" + value + "'");
    }
}
