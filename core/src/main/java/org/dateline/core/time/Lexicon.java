package org.dateline.core.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.dateline.core.resources.ResourceFile;

/**
 * The word lists behind the time rules, kept as plain resource files so that adding a month abbreviation or a
 * holiday is an edit to a list, not to a regular expression. Loaded once; immutable afterwards.
 */
final class Lexicon {
    private static final Lexicon INSTANCE = new Lexicon();

    final Map<String, String> months = ResourceFile.keyValues(Lexicon.class, "months.txt");
    final Map<String, String> weekdays = ResourceFile.keyValues(Lexicon.class, "weekdays.txt");
    final Map<String, String> numbers = ResourceFile.keyValues(Lexicon.class, "numbers.txt");
    final Map<String, String> ordinals = ResourceFile.keyValues(Lexicon.class, "ordinals.txt");
    final Map<String, String> units = ResourceFile.keyValues(Lexicon.class, "units.txt");
    final Map<String, String> seasons = ResourceFile.keyValues(Lexicon.class, "seasons.txt");
    final Map<String, String> partsOfDay = ResourceFile.keyValues(Lexicon.class, "parts-of-day.txt");
    final Map<String, String> references = ResourceFile.keyValues(Lexicon.class, "references.txt");
    final Map<String, String> frequencies = ResourceFile.keyValues(Lexicon.class, "frequencies.txt");
    final Map<String, String> zones = ResourceFile.keyValues(Lexicon.class, "zones.txt");
    final Map<String, String> holidays = ResourceFile.keyValues(Lexicon.class, "holidays.txt");
    final Set<String> futureWords;
    final Set<String> pastWords;
    final Set<String> notPastWords;

    private Lexicon() {
        Map<String, String> tense = ResourceFile.keyValues(Lexicon.class, "tense.txt");
        futureWords = words(tense.get("future"));
        pastWords = words(tense.get("past"));
        notPastWords = words(tense.get("not-past"));
    }

    static Lexicon get() {
        return INSTANCE;
    }

    /** A regex alternation of the keys, longest first so that "the near future" beats "the future". */
    static String alternation(Iterable<String> keys) {
        List<String> list = new ArrayList<>();
        keys.forEach(list::add);
        list.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return list.stream().map(k -> Pattern.quote(k).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** Unit keys with their plural forms. */
    List<String> unitWords() {
        List<String> all = new ArrayList<>();
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
}
