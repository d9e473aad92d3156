package org.dateline.core.connect;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.model.EntityType;
import org.dateline.model.Sector;
import org.dateline.model.Spelled;

/**
 * A user's corrections to the actor knowledge base, applied on every run so that a fix survives re-ingesting.
 *
 * <p>A plain UTF-8 text file, one rule a line, fields separated by tabs, {@code #} starts a comment:
 * <pre>
 * alias  CANONICAL  ALIAS...            these names always mean CANONICAL ("Kim Jong Un" -> "Kim Jong-un")
 * merge  NAME  CANONICAL                NAME and CANONICAL are one actor, known as CANONICAL
 * split  NAME  CANONICAL                never take NAME to mean CANONICAL (two people called Lee)
 * code   CANONICAL  COUNTRY  SECTOR [TYPE]   the actor's codes ("-" keeps what was found; SECTOR and TYPE in any case)
 * </pre>
 * A line that does not fit is reported in {@link #problems()} and skipped; the rest still applies.
 */
public final class ActorOverrides {
    /** Codes set by the user; null fields keep what the articles said. */
    public record Codes(String country, String sector, EntityType type) {}

    private final Map<String, String> aliases = new HashMap<>();
    private final Set<String> splits = new HashSet<>();
    private final Map<String, Codes> codes = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    public static ActorOverrides none() { return new ActorOverrides(); }

    public static ActorOverrides load(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r);
        }
    }

    public static ActorOverrides parse(BufferedReader in) throws IOException {
        ActorOverrides o = new ActorOverrides();
        int n = 0;
        for (String line; (line = in.readLine()) != null; ) {
            n++;
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            if (line.isBlank()) continue;
            String[] f = line.strip().split("\\s*\t\\s*");
            String kind = f[0].strip();
            if ((kind.equals("alias") || kind.equals("merge")) && f.length >= 3) {
                if (kind.equals("alias")) {
                    for (int i = 2; i < f.length; i++) o.aliases.put(NameKeys.key(f[i]), f[1].strip());
                } else {
                    o.aliases.put(NameKeys.key(f[1]), f[2].strip());
                }
            } else if (kind.equals("split") && f.length == 3) {
                o.splits.add(pair(f[1], f[2]));
            } else if (kind.equals("code") && f.length >= 4) {
                String typeWord = f.length > 4 ? dash(f[4]) : null, sector = dash(f[3]);
                if (sector != null) sector = sector.toUpperCase(Locale.ROOT);
                EntityType type = typeOf(typeWord);
                if (typeWord != null && type == null) {
                    o.problems.add("line " + n + ": not an entity type (one of " + Spelled.spellings(EntityType.class) + "): " + typeWord);
                } else if (sector != null && !Sector.isCode(sector)) {
                    o.problems.add("line " + n + ": not a sector code (GOV, MIL, GOVMIL: groups of three capitals): " + sector);
                } else {
                    o.codes.put(NameKeys.key(f[1]), new Codes(dash(f[2]), sector, type));
                }
            } else {
                o.problems.add("line " + n + ": not a rule (alias|merge|split|code, tab-separated): " + line.strip());
            }
        }
        return o;
    }

    /** The entity type a code rule names, in any case ("person"); null for none or a word that names none. */
    private static EntityType typeOf(String word) {
        if (word == null) return null;
        for (EntityType e : EntityType.values()) if (e.spelling().equals(word.toUpperCase(Locale.ROOT))) return e;
        return null;
    }

    /** The canonical name the user fixed for this name, or null. */
    String aliasOf(String name) { return aliases.get(NameKeys.key(name)); }

    /** True when the user said this name never means that actor. */
    boolean forbids(String name, String canonical) { return splits.contains(pair(name, canonical)); }

    Codes codesOf(String canonical) { return codes.get(NameKeys.key(canonical)); }

    public List<String> problems() { return List.copyOf(problems); }

    private static String pair(String a, String b) { return NameKeys.key(a) + "\u0000" + NameKeys.key(b); }

    private static String dash(String s) { return s == null || s.isBlank() || s.strip().equals("-") ? null : s.strip(); }
}
