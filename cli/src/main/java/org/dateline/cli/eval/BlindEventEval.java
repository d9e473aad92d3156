package org.dateline.cli.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.dateline.core.Pipeline;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Participant;

/**
 * Scores the event coder on the frozen blind sample (issue 13): whole documents coded by hand before the coder
 * changed. A coded event matches a gold event of the same document when the PLOVER type agrees and so does the
 * main actor, the gold event's first actor: by name (one contains the other, ignoring case) or by country code.
 * A gold event without an actor (a passive with no agent) needs only the type. For a meeting (CONSULT) the
 * coded recipients count as participants too, since the gold lists every participant as an actor. Each gold
 * event takes at most one coded event, greedily in file order.
 *
 * <p>On matched events, status and date are compared: a gold date of {@code null} (the text gives no time) is
 * right when the coder gives none, or gives the publication date only as a bound (a date modifier ON_OR_...).
 */
public final class BlindEventEval {
    /** Counts per key (a type or a source): gold events, coded events, matched. */
    static final class Tally {
        int gold, coded, matched;

        double precision() { return coded == 0 ? 0 : (double) matched / coded; }

        double recall() { return gold == 0 ? 0 : (double) matched / gold; }
    }

    /** The figures over the whole sample. */
    record Result(Tally all, Map<String, Tally> byType, Map<String, Tally> bySource, int statusRight, int dateRight,
                  int documents, List<String> problems) {}

    private BlindEventEval() {}

    static Result evaluate(Path dir, Path shared, Pipeline pipeline, PrintStream verbose) throws IOException {
        Map<String, List<JsonNode>> gold = gold(dir.resolve("gold.jsonl"));
        List<String> problems = new ArrayList<>();
        List<BlindSample.Document> docs = BlindSample.read(dir.resolve("sample.jsonl"), shared, pipeline, problems);
        Tally all = new Tally();
        Map<String, Tally> byType = new TreeMap<>(), bySource = new TreeMap<>();
        int statusRight = 0, dateRight = 0;
        for (BlindSample.Document d : docs) {
            List<JsonNode> want = gold.getOrDefault(d.key(), List.of());
            List<Event> got;
            try {
                got = pipeline.annotate(d.article()).events();
            } catch (RuntimeException ex) {
                problems.add("skipped " + d.key() + ": not annotated (" + ex.getMessage() + ")");
                got = List.of();
            }
            Tally source = bySource.computeIfAbsent(d.source(), k -> new Tally());
            for (JsonNode g : want) {
                all.gold++;
                source.gold++;
                byType.computeIfAbsent(g.path("type").asText(), k -> new Tally()).gold++;
            }
            for (Event e : got) {
                all.coded++;
                source.coded++;
                byType.computeIfAbsent(type(e), k -> new Tally()).coded++;
            }
            boolean[] taken = new boolean[got.size()];
            for (JsonNode g : want) {
                int i = match(g, got, taken);
                if (i < 0) {
                    if (verbose != null) verbose.printf("MISSED %s %s %s | %s%n", d.key(), g.path("type").asText(),
                            g.path("actors").path(0).path("name").asText("-"), g.path("anchor").asText());
                    continue;
                }
                taken[i] = true;
                Event e = got.get(i);
                all.matched++;
                source.matched++;
                byType.get(type(e)).matched++;
                if (e.status() != null && g.path("status").asText().equalsIgnoreCase(e.status().spelling())) statusRight++;
                if (dateAgrees(g.path("date").asText(null), e)) dateRight++;
            }
            if (verbose != null) {
                for (int i = 0; i < got.size(); i++) {
                    Event e = got.get(i);
                    if (!taken[i]) verbose.printf("EXTRA  %s %s %s -> %s (%s)%n", d.key(), type(e), names(e.actors()),
                            names(e.recipients()), e.trigger());
                }
            }
        }
        return new Result(all, byType, bySource, statusRight, dateRight, docs.size(), problems);
    }

    /** Gold events by document key; the document lines (no "n") only say how many there are. */
    private static Map<String, List<JsonNode>> gold(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<JsonNode>> out = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            if (n.has("n")) out.computeIfAbsent(n.path("doc").asText(), k -> new ArrayList<>()).add(n);
        }
        return out;
    }

    private static int match(JsonNode g, List<Event> got, boolean[] taken) {
        String type = g.path("type").asText();
        JsonNode main = g.path("actors").path(0);
        for (int i = 0; i < got.size(); i++) {
            Event e = got.get(i);
            if (taken[i] || !type.equalsIgnoreCase(type(e))) continue;
            if (main.isMissingNode()) return i;
            List<Participant> side = new ArrayList<>(e.actors());
            if (e.type() == EventType.CONSULT) side.addAll(e.recipients());
            for (Participant p : side) if (sameActor(main, p)) return i;
        }
        return -1;
    }

    static boolean sameActor(JsonNode gold, Participant p) {
        String country = gold.path("country").asText("");
        if (!country.isEmpty() && country.equalsIgnoreCase(p.country())) return true;
        String a = norm(gold.path("name").asText("")), b = norm(p.name());
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    /** The coded event's date agrees with a gold date ({@code null}: the text gives the act no time of its own). */
    public static boolean dateAgrees(String gold, Event e) {
        String mod = e.dateMod() == null ? "" : String.valueOf(e.dateMod());
        if (gold == null) return e.date() == null || mod.startsWith("ON_OR");
        return gold.equals(e.date());
    }

    private static String type(Event e) { return String.valueOf(e.type()); }

    private static String norm(String s) { return s == null ? "" : s.toLowerCase(Locale.ROOT).strip(); }

    private static String names(List<Participant> ps) {
        List<String> out = new ArrayList<>();
        for (Participant p : ps) out.add(p.name() + "/" + p.country() + "/" + p.sector());
        return out.toString();
    }

    static List<String> report(Result r) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "blind sample: %d documents; gold %d, coded %d, matched %d (type + main actor)",
                r.documents(), r.all().gold, r.all().coded, r.all().matched));
        lines.add(String.format(Locale.ROOT, "precision %.3f  recall %.3f", r.all().precision(), r.all().recall()));
        lines.add(String.format(Locale.ROOT, "on matched: status right %d/%d, date right %d/%d", r.statusRight(),
                r.all().matched, r.dateRight(), r.all().matched));
        lines.add("by source (gold/coded/matched, P, R):");
        r.bySource().forEach((k, t) -> lines.add(row(k, t)));
        lines.add("by type (gold/coded/matched, P, R):");
        r.byType().forEach((k, t) -> lines.add(row(k, t)));
        lines.addAll(r.problems());
        return lines;
    }

    private static String row(String key, Tally t) {
        return String.format(Locale.ROOT, "  %-12s %3d/%3d/%3d  P %.2f  R %.2f", key, t.gold, t.coded, t.matched,
                t.precision(), t.recall());
    }
}
