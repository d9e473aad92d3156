package org.dateline.core.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word lists behind the time rules, kept as plain resource files so that adding a month abbreviation or a
 * holiday is an edit to a list, not to a regular expression. Loaded once; immutable afterwards.
 */
final class Lexicon {
    private static final Lexicon INSTANCE = new Lexicon();

    final Map<String, String> months = load("months.txt");
    final Map<String, String> weekdays = load("weekdays.txt");
    final Map<String, String> numbers = load("numbers.txt");
    final Map<String, String> ordinals = load("ordinals.txt");
    final Map<String, String> units = load("units.txt");
    final Map<String, String> seasons = load("seasons.txt");
    final Map<String, String> partsOfDay = load("parts-of-day.txt");
    final Map<String, String> references = load("references.txt");
    final Map<String, String> frequencies = load("frequencies.txt");
    final Map<String, String> zones = load("zones.txt");
    final Map<String, String> holidays = load("holidays.txt");
    final Set<String> futureWords;
    final Set<String> pastWords;
    final Set<String> notPastWords;

    private Lexicon() {
        Map<String, String> tense = load("tense.txt");
        futureWords = words(tense.get("future"));
        pastWords = words(tense.get("past"));
        notPastWords = words(tense.get("not-past"));
    }

    static Lexicon get() {
        return INSTANCE;
    }

    /** A regex alternation of the keys, longest first so that "the near future" beats "the future". */
    static String alternation(Iterable<String> keys) {
        List<String> list = new java.util.ArrayList<>();
        keys.forEach(list::add);
        list.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return list.stream().map(k -> Pattern.quote(k).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** Unit keys with their plural forms. */
    List<String> unitWords() {
        List<String> all = new java.util.ArrayList<>();
        for (String u : units.keySet()) {
            all.add(u);
            all.add(plural(u));
        }
        return all;
    }

    /** Maps a unit word, singular or plural, to its singular key; null when it is no unit. */
    String unitKey(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (units.containsKey(w)) return w;
        for (String u : units.keySet()) if (plural(u).equals(w)) return u;
        return null;
    }

    static String plural(String unit) {
        if (unit.endsWith("y") && !unit.endsWith("ay")) return unit.substring(0, unit.length() - 1) + "ies";
        if (unit.equals("millennium")) return "millennia";
        return unit + "s";
    }

    private static Set<String> words(String line) {
        if (line == null) return Set.of();
        return Set.copyOf(Arrays.asList(line.trim().split("\\s+")));
    }

    private static Map<String, String> load(String name) {
        Map<String, String> map = new LinkedHashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing time lexicon resource " + name);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                int eq = line.indexOf('=');
                if (eq < 0) continue;
                map.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), line.substring(eq + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(map);
    }
}
