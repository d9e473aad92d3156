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
 * code its training events had most). A file with no line but comments is {@link #NONE}: nothing is proposed.
 *
 * @param models one model per type the proposer may propose
 * @param cameo  the CAMEO code of each type's proposals
 */
public record ProposerWeights(Map<EventType, FilterWeights> models, Map<EventType, String> cameo) {
    /** No model: nothing is proposed. */
    public static final ProposerWeights NONE = new ProposerWeights(Map.of(), Map.of());

    public ProposerWeights {
        // in the types' declared order, whatever the caller's map: two types proposed on one sentence come out in the
        // same order on every run (Map.copyOf's order changes from one JVM to the next)
        models = Collections.unmodifiableMap(byType(models));
        cameo = Collections.unmodifiableMap(byType(cameo));
        for (EventType t : models.keySet()) {
            if (!cameo.containsKey(t)) throw new IllegalArgumentException("type " + t + " has a model and no CAMEO code");
        }
    }

    public boolean isEmpty() { return models.isEmpty(); }

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

    /** Reads the lines of a weights file; {@code where} names it in errors. */
    public static ProposerWeights parse(List<String> lines, String where) {
        Map<EventType, List<String>> byType = new LinkedHashMap<>();
        Map<EventType, String> cameo = new EnumMap<>(EventType.class);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] cols = lines.get(i).split("\t");
            String at = where + " line " + (i + 1) + ": ";
            if (cols.length != 3) throw new IllegalArgumentException(at + "expected 'TYPE<TAB>name<TAB>value', got: " + line);
            EventType type;
            try {
                type = EventType.valueOf(cols[0].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + "'" + cols[0].strip() + "' is no PLOVER type");
            }
            if (cols[1].strip().equals("cameo")) cameo.put(type, cols[2].strip());
            else byType.computeIfAbsent(type, k -> new ArrayList<>()).add(cols[1] + "\t" + cols[2]);
        }
        Map<EventType, FilterWeights> models = new EnumMap<>(EventType.class);
        byType.forEach((t, ls) -> models.put(t, FilterWeights.parse(ls, where + " (" + t + ")")));
        return new ProposerWeights(models, cameo);
    }
}
