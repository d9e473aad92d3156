package org.dateline.core.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An actor dictionary in PETRARCH's {@code .actors} format, the form many CAMEO users keep theirs in: a name line
 * ({@code BARACK_OBAMA_}) with bracketed codes, optionally date-ranged ({@code [USAGOV 20090120-20170120]},
 * {@code [USAELI <20090120]}, {@code [USAGOV >20090120]}), then synonyms on lines starting with {@code +}. Codes are
 * read as country (first three letters) + sector (next three). Used for participants the gazetteer cannot code.
 */
public final class ActorDictionary {
    /** One code of an actor, valid from {@code from} to {@code to} (yyyymmdd, inclusive; null = open). */
    public record Code(String code, String from, String to) {
        public String country() { return code.length() >= 3 ? code.substring(0, 3) : code; }

        public String sector() { return code.length() >= 6 ? code.substring(3, 6) : null; }

        boolean validOn(String yyyymmdd) {
            if (yyyymmdd == null) return true;
            return (from == null || yyyymmdd.compareTo(from) >= 0) && (to == null || yyyymmdd.compareTo(to) <= 0);
        }
    }

    /** What a name is coded as on a day. */
    public record Coding(String name, String country, String sector) {}

    private static final Pattern CODE = Pattern.compile("\\[\\s*([A-Z0-9]{3,15})\\s*([<>]?\\s*\\d{8})?\\s*(-\\s*(\\d{8})?)?\\s*\\]");

    private final Map<String, String> canonicalOf = new HashMap<>();
    private final Map<String, List<Code>> codes = new HashMap<>();
    private int maxWords = 1;

    private ActorDictionary() {}

    public static ActorDictionary empty() { return new ActorDictionary(); }

    public static ActorDictionary read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        }
    }

    public static ActorDictionary read(Reader reader) throws IOException {
        ActorDictionary d = new ActorDictionary();
        BufferedReader r = new BufferedReader(reader);
        String current = null;
        for (String line; (line = r.readLine()) != null; ) {
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("{") || t.startsWith("<")) continue;
            if (t.startsWith("+")) {
                if (current != null) d.addName(t.substring(1).replaceAll("\\[.*", "").strip(), current);
                continue;
            }
            if (t.startsWith("[")) {
                if (current != null) d.addCodes(current, t);
                continue;
            }
            int bracket = t.indexOf('[');
            String name = (bracket < 0 ? t : t.substring(0, bracket)).strip();
            if (name.isEmpty()) continue;
            current = key(name);
            d.addName(name, current);
            if (bracket >= 0) d.addCodes(current, t.substring(bracket));
        }
        return d;
    }

    private void addName(String raw, String canonical) {
        String k = key(raw);
        if (k.isEmpty()) return;
        canonicalOf.putIfAbsent(k, canonical);
        maxWords = Math.max(maxWords, k.split(" ").length);
    }

    private void addCodes(String canonical, String text) {
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            String code = m.group(1), date = m.group(2), to = m.group(4);
            String from = null, until = null;
            if (date != null) {
                String d = date.replaceAll("[<>\\s]", "");
                if (date.strip().startsWith("<")) until = d;
                else if (date.strip().startsWith(">")) from = d;
                else {
                    from = d;
                    until = m.group(3) != null ? to : d;
                }
            }
            codes.computeIfAbsent(canonical, k -> new ArrayList<>()).add(new Code(code, from, until));
        }
    }

    /** Normalised key: upper case, words separated by one space ("BARACK_OBAMA_" and "Barack Obama" agree). */
    static String key(String name) {
        return name.replace('_', ' ').replaceAll("[^\\p{L}\\p{N}' -]", " ").strip().replaceAll("\\s+", " ")
                .toUpperCase(Locale.ROOT);
    }

    public boolean isEmpty() { return canonicalOf.isEmpty(); }

    public int size() { return canonicalOf.size(); }

    public int maxWords() { return maxWords; }

    /**
     * The coding of a name on a day (TimeML value or yyyy-mm-dd; null: any), choosing the code valid that day, else
     * the first undated one.
     */
    public Optional<Coding> lookup(String name, String date) {
        if (name == null) return Optional.empty();
        String canonical = canonicalOf.get(key(name));
        if (canonical == null) return Optional.empty();
        List<Code> cs = codes.getOrDefault(canonical, List.of());
        String day = date == null ? null : date.replace("-", "");
        if (day != null && (day.length() != 8 || !day.chars().allMatch(Character::isDigit))) day = null;
        Code chosen = null;
        for (Code c : cs) {
            if (c.from() == null && c.to() == null) {
                if (chosen == null) chosen = c;
            } else if (day != null && c.validOn(day)) {
                chosen = c;
                break;
            }
        }
        if (chosen == null && !cs.isEmpty()) chosen = cs.get(cs.size() - 1);
        if (chosen == null) return Optional.empty();
        return Optional.of(new Coding(titleCase(canonical), chosen.country(), chosen.sector()));
    }

    private static String titleCase(String upper) {
        StringBuilder b = new StringBuilder();
        for (String w : upper.toLowerCase(Locale.ROOT).split(" ")) {
            if (b.length() > 0) b.append(' ');
            if (!w.isEmpty()) b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }
}
