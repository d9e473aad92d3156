package org.dateline.cli.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.zip.CRC32;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.dateline.core.Pipeline;
import org.dateline.core.event.CameoTable;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.Spelled;

/**
 * Scores the event coder on PLOVER gold-standard records (one sentence, one gold event each, v0.5 labels mapped to
 * 0.8): is an event found, is its type right, are the actors' and recipients' country codes right, how many events
 * were coded that the gold does not have. Each sentence is annotated as a one-paragraph article dated by the record.
 */
public final class PloverGoldEval {
    /** The figures. Accuracies are over sentences where an event was found ({@code found}). */
    public record Result(int gold, int found, int typeRight, int actorCodes, int actorCodesRight, int recipientCodes,
                         int recipientCodesRight, int invented, TreeMap<String, int[]> byType, double seconds) {
        public int missed() { return gold - found; }

        public double typeAccuracy() { return found == 0 ? 0 : (double) typeRight / found; }

        public double typeAccuracyAll() { return gold == 0 ? 0 : (double) typeRight / gold; }

        public double actorAccuracy() { return actorCodes == 0 ? 0 : (double) actorCodesRight / actorCodes; }

        public double recipientAccuracy() { return recipientCodes == 0 ? 0 : (double) recipientCodesRight / recipientCodes; }
    }

    private PloverGoldEval() {}

    public static Result evaluate(Pipeline pipeline, Path file, PrintStream verbose) throws IOException {
        return evaluate(pipeline, file, id -> true, verbose);
    }

    /**
     * Scores the records whose id {@code keep} accepts. {@link #half} splits the set in two halves that stay the
     * same from run to run, so that rules can be tuned on one and checked on the other.
     */
    public static Result evaluate(Pipeline pipeline, Path file, Predicate<String> keep,
                                  PrintStream verbose) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        int gold = 0, found = 0, typeRight = 0, ac = 0, acr = 0, rc = 0, rcr = 0, invented = 0;
        TreeMap<String, int[]> byType = new TreeMap<>();
        long t0 = System.nanoTime();
        for (JsonNode r : root) {
            String label = r.path("event").asText();
            String text = r.path("text").asText("").replaceAll("[{}]", "").strip();
            if (label.equals("DOCUMENT") || text.isEmpty() || !keep.test(r.path("id").asText())) continue;
            gold++;
            String type = CameoTable.ploverV08(label);
            Set<EventType> accepted = accepted(label);
            int[] row = byType.computeIfAbsent(type, k -> new int[5]);
            row[0]++;
            Article a = new Article(r.path("id").asText(), "plover-gsr", null, null, null, null, null, null,
                    r.path("date").asText(null), false, List.of(), null, null, "en", text, "");
            List<Event> events;
            try {
                events = pipeline.annotate(a).events();
            } catch (RuntimeException e) {
                events = List.of();
            }
            Event best = pick(events, accepted);
            if (best == null) {
                if (verbose != null) verbose.printf("MISSED  %s %s | %s%n", type, r.path("eventText").asText(), text);
                continue;
            }
            found++;
            row[1]++;
            byType.computeIfAbsent(String.valueOf(best.type()), k -> new int[5])[3]++;
            invented += events.size() - 1;
            if (verbose != null) {
                for (Event e : events) {
                    if (e != best) verbose.printf("EXTRA   %s->%s %s -> %s (%s) | %s%n", e.type(), e.cameo(),
                            countries(e.actors()), countries(e.recipients()), e.trigger(), text);
                }
            }
            boolean right = accepted.contains(best.type());
            if (right) {
                typeRight++;
                row[2]++;
                byType.get(String.valueOf(best.type()))[4]++;
            }
            Set<String> goldActors = codes(r.path("source")), goldTargets = codes(r.path("target"));
            Set<String> sysActors = countries(best.actors()), sysAll = countries(best.actors());
            sysAll.addAll(countries(best.recipients()));
            // a reciprocal event codes both sides as actors: count a gold recipient found among them
            for (String g : goldActors) {
                ac++;
                if (sysActors.contains(g) || best.type() == EventType.CONSULT && sysAll.contains(g)) acr++;
            }
            Set<String> sysRecipients = countries(best.recipients());
            for (String g : goldTargets) {
                rc++;
                if (sysRecipients.contains(g) || best.type() == EventType.CONSULT && sysAll.contains(g)) rcr++;
            }
            boolean recipientsRight = goldTargets.stream().allMatch(g -> sysRecipients.contains(g)
                    || best.type() == EventType.CONSULT && sysAll.contains(g));
            if (verbose != null && (!right || !sysActors.containsAll(goldActors) || !recipientsRight)) {
                verbose.printf("%s %s->%s gold %s %s->%s | %s%n", !right ? "TYPE   " : !sysActors.containsAll(goldActors)
                        ? "ACTORS " : "RECIP  ", best.type(),
                        best.cameo(), type, goldActors, goldTargets, text);
                verbose.printf("        got %s -> %s (%s)%n", sysActors, sysRecipients, best.trigger());
            }
        }
        return new Result(gold, found, typeRight, ac, acr, rc, rcr, invented, byType, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The 0.8 categories a v0.5 label may stand for. PLOVER 0.8 moved some CAMEO codes across categories, so a v0.5
     * label alone does not fix the 0.8 one: v0.5 CONCEDE held what 0.8 calls RETREAT (easing curfews and states of
     * emergency, 0813/0814) and RETREAT what it calls CONCEDE (leaving office), v0.5 SANCTION held embargoes and
     * sanctions (163, COERCE in 0.8), v0.5 FIGHT blockades and occupation (191/192, COERCE in 0.8) and v0.5 COERCE
     * destroying property and abduction (1712/181, ASSAULT in 0.8). The first element is the usual reading.
     */
    static Set<EventType> accepted(String v05) {
        Set<EventType> out = new LinkedHashSet<>();
        String usual = CameoTable.ploverV08(v05);
        if (Spelled.spellings(EventType.class).contains(usual)) out.add(EventType.parse(usual));
        switch (v05) {
            case "CONCEDE" -> out.add(EventType.RETREAT);
            case "RETREAT" -> out.add(EventType.CONCEDE);
            case "SANCTION", "FIGHT" -> out.add(EventType.COERCE);
            case "COERCE" -> out.add(EventType.ASSAULT);
            default -> { }
        }
        return out;
    }

    /** The half ('A' or 'B') a record falls in: the parity of the CRC-32 of its id. */
    public static char half(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0 ? 'A' : 'B';
    }

    /** The coded event that answers the gold one: of an accepted type if any, else the most confident. */
    private static Event pick(List<Event> events, Set<EventType> accepted) {
        Event best = null;
        for (Event e : events) {
            if (accepted.contains(e.type())) return e;
            if (best == null || e.confidence() > best.confidence()) best = e;
        }
        return best;
    }

    private static Set<String> codes(JsonNode side) {
        Set<String> out = new HashSet<>();
        if (!side.isArray()) return out;
        for (JsonNode a : side) {
            String c = a.path("code").asText("").toUpperCase(Locale.ROOT);
            if (c.length() >= 3) out.add(normal(c.substring(0, 3)));
        }
        return out;
    }

    private static Set<String> countries(List<Participant> ps) {
        Set<String> out = new HashSet<>();
        for (Participant p : ps) if (p.country() != null) out.add(p.country());
        return out;
    }

    /** The gold file uses a few CAMEO-style codes (and two misspelt ones) for states ISO 3166 names otherwise. */
    static String normal(String code) {
        return switch (code) {
            case "JAP" -> "JPN";
            case "ITL" -> "ITA";
            case "VTN" -> "VNM";
            default -> code;
        };
    }

    public static List<String> report(Result r) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "gold events %d, found %d, missed %d, invented (extra events) %d",
                r.gold(), r.found(), r.missed(), r.invented()));
        lines.add(String.format(Locale.ROOT, "type accuracy %.3f on found (%.3f on all gold)", r.typeAccuracy(),
                r.typeAccuracyAll()));
        lines.add(String.format(Locale.ROOT, "actor country codes %.3f (%d/%d), recipient codes %.3f (%d/%d)",
                r.actorAccuracy(), r.actorCodesRight(), r.actorCodes(), r.recipientAccuracy(), r.recipientCodesRight(),
                r.recipientCodes()));
        StringBuilder b = new StringBuilder("by type (gold/found/right):");
        r.byType().forEach((k, v) -> b.append(' ').append(k).append(' ').append(v[0]).append('/').append(v[1])
                .append('/').append(v[2]));
        lines.add(b.toString());
        lines.add(String.format(Locale.ROOT, "%.1f s", r.seconds()));
        return lines;
    }

    /** Two results side by side (halves A and B): counts, accuracies, and per-type precision and recall. */
    public static List<String> reportSideBySide(Result a, Result b) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-28s %16s %16s", "", "half A", "half B"));
        lines.add(pair("gold events", a.gold(), b.gold()));
        lines.add(pair("found", a.found(), b.found()));
        lines.add(pair("missed", a.missed(), b.missed()));
        lines.add(pair("extra (invented)", a.invented(), b.invented()));
        lines.add(pair("type right / all gold", a.typeAccuracyAll(), b.typeAccuracyAll()));
        lines.add(pair("type right / found", a.typeAccuracy(), b.typeAccuracy()));
        lines.add(pair("actor country codes", a.actorAccuracy(), b.actorAccuracy()));
        lines.add(pair("recipient country codes", a.recipientAccuracy(), b.recipientAccuracy()));
        lines.add(String.format(Locale.ROOT, "%-28s %16s %16s", "per type (gold: P / R)", "", ""));
        TreeSet<String> types = new TreeSet<>(a.byType().keySet());
        types.addAll(b.byType().keySet());
        for (String t : types) {
            lines.add(String.format(Locale.ROOT, "  %-26s %16s %16s", t, perType(a.byType().get(t)),
                    perType(b.byType().get(t))));
        }
        return lines;
    }

    private static String pair(String name, int a, int b) {
        return String.format(Locale.ROOT, "%-28s %16d %16d", name, a, b);
    }

    private static String pair(String name, double a, double b) {
        return String.format(Locale.ROOT, "%-28s %16.3f %16.3f", name, a, b);
    }

    /**
     * A type's row is gold, found, right (gold of this type coded with an accepted type), coded as this type, right
     * among those coded as this type; shown as "gold: P / R".
     */
    private static String perType(int[] row) {
        if (row == null) return "-";
        double p = row[3] == 0 ? 0 : (double) row[4] / row[3], r = row[0] == 0 ? 0 : (double) row[2] / row[0];
        return String.format(Locale.ROOT, "%3d: %.2f / %.2f", row[0], p, r);
    }
}
