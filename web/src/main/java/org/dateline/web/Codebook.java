package org.dateline.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Spelled;

/**
 * What the codes on the pages mean: each PLOVER type with its quad class and the CAMEO codes filed under it, the
 * event statuses, the date modifiers and the shapes of TimeML date values. Served as {@code /api/codebook} and drawn
 * by {@code codebook.html}, which every type, mode, status and modifier on the other pages links to.
 *
 * <p>The types and their quad classes are {@link EventType}'s; the CAMEO table is the very file the coder reads,
 * copied into this module's classes at build time (see the pom); the meanings, written for a reader, are
 * {@value #MEANINGS}.
 *
 * @param types     PLOVER types in quad order
 * @param statuses  {@link #STATUSES} with their meanings
 * @param dateMods  date modifiers with their meanings
 * @param timeml    example TimeML values with their readings
 * @param quads     quad class number to its name
 */
public record Codebook(List<TypeEntry> types, List<Term> statuses, List<Term> dateMods, List<Term> timeml,
                       Map<String, String> quads) {
    /** The event statuses the coder assigns, in the order pages list them; the API accepts only these. */
    public static final List<String> STATUSES = Spelled.spellings(EventStatus.class);
    /** The PLOVER types the coder gives, in quad order; the API accepts only these (in any case). */
    public static final List<String> TYPES = Spelled.spellings(EventType.class);
    static final String DIR = "/org/dateline/web/codebook/";
    static final String MEANINGS = DIR + "meanings.json";
    private static final Codebook STANDARD = load();

    /** A code and what it means. */
    public record Term(String value, String meaning) {}

    /** One CAMEO code filed under a PLOVER type, with the PLOVER mode it maps to (or null). */
    public record CameoCode(String code, String name, String mode) {}

    /**
     * One PLOVER type.
     *
     * @param quad     1..4
     * @param quadName "verbal cooperation", ...
     * @param modes    the modes its CAMEO codes map to, each once
     */
    public record TypeEntry(String type, int quad, String quadName, String meaning, List<String> modes,
                            List<CameoCode> cameo) {}

    public Codebook {
        types = List.copyOf(types);
        statuses = List.copyOf(statuses);
        dateMods = List.copyOf(dateMods);
        timeml = List.copyOf(timeml);
        quads = Map.copyOf(quads);
    }

    /** The codebook of this build. */
    public static Codebook standard() {
        return STANDARD;
    }

    /** The quad class of an event's PLOVER type, 0 for an event without one. */
    public static int quadOf(EventType type) {
        return type == null ? 0 : type.quad();
    }

    private static Codebook load() {
        JsonNode meanings;
        try (InputStream in = open(MEANINGS)) {
            meanings = Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<CameoCode>> cameo = new LinkedHashMap<>();
        for (String[] f : rows(DIR + "cameo-plover.tsv", 4)) {
            cameo.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new CameoCode(f[0], f[3], "-".equals(f[2]) ? null : f[2]));
        }
        Map<String, String> quads = new LinkedHashMap<>();
        meanings.get("quads").fields().forEachRemaining(q -> quads.put(q.getKey(), q.getValue().asText()));
        List<TypeEntry> types = new ArrayList<>();
        for (EventType t : EventType.values()) {
            List<CameoCode> codes = cameo.getOrDefault(t.spelling(), List.of());
            List<String> modes = codes.stream().map(CameoCode::mode).filter(m -> m != null)
                    .collect(Collectors.toCollection(LinkedHashSet::new)).stream().toList();
            types.add(new TypeEntry(t.spelling(), t.quad(), quads.get(String.valueOf(t.quad())),
                    text(meanings.get("types"), t.spelling()), modes, codes));
        }
        types.sort(Comparator.comparingInt(TypeEntry::quad));
        List<Term> statuses = STATUSES.stream().map(s -> new Term(s, text(meanings.get("statuses"), s))).toList();
        List<Term> mods = new ArrayList<>();
        meanings.get("date_mods").fields().forEachRemaining(m -> mods.add(new Term(m.getKey(), m.getValue().asText())));
        List<Term> timeml = new ArrayList<>();
        meanings.get("timeml").forEach(p -> timeml.add(new Term(p.get(0).asText(), p.get(1).asText())));
        return new Codebook(types, statuses, mods, timeml, quads);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null) throw new IllegalStateException(MEANINGS + " has no meaning for '" + field + "'");
        return v.asText();
    }

    /** The tab-separated rows of a table, comments and blank lines skipped; a short row is a build error. */
    private static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < columns) throw new IllegalStateException(resource + ":" + lineNo + ": expected " + columns + " columns");
                for (int i = 0; i < f.length; i++) f[i] = f[i].strip();
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static InputStream open(String resource) {
        InputStream in = Codebook.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource " + resource + " (copied from core at build time)");
        return in;
    }
}
