package org.dateline.core.event;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.core.dictionary.ActorCode;
import org.dateline.core.dictionary.ActorEntry;
import org.dateline.core.dictionary.PetrarchDictionaries;
import org.dateline.core.dictionary.PetrarchPhrase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names of a PETRARCH actor dictionary ({@code .actors} format, read by {@link PetrarchDictionaries#actors}), looked
 * up with the code in force on an article's day. Codes are read as country (first three letters) + sector (next
 * three). Used for participants the gazetteer cannot code.
 */
public final class ActorDictionary {
    /** What a name is coded as on a day. */
    public record Coding(String name, String country, String sector) {}

    private static final Logger LOG = LoggerFactory.getLogger(ActorDictionary.class);

    private final Map<String, String> canonicalOf;
    private final Map<String, List<ActorCode>> codes;
    /** Names made of ordinary words, by key, as they must be written to be names ("Youth"; "youth" is no one). */
    private final Map<String, String> writtenAs = new HashMap<>();
    private int maxWords = 1;
    /** Consulted for a name this dictionary does not hold: the imported PETRARCH actors below a user's file. */
    private final ActorDictionary below;

    private ActorDictionary() { this(new HashMap<>(), new HashMap<>(), null); }

    private ActorDictionary(Map<String, String> canonicalOf, Map<String, List<ActorCode>> codes, ActorDictionary below) {
        this.canonicalOf = canonicalOf;
        this.codes = codes;
        this.below = below;
    }

    public static ActorDictionary empty() { return new ActorDictionary(); }

    /**
     * The PETRARCH / Phoenix actors imported into {@code petrarch/actors.tsv} (countries, international and non-state
     * actors: names with date-ranged codes, "who was president of what, when"), read once.
     */
    public static ActorDictionary imported() { return Imported.DICTIONARY; }

    /** This dictionary with another consulted for the names it lacks: a user's file stays on top. */
    public ActorDictionary over(ActorDictionary fallback) {
        if (fallback == null || fallback == this) return this;
        ActorDictionary d = new ActorDictionary(canonicalOf, codes, fallback);
        d.maxWords = Math.max(maxWords, fallback.maxWords());
        return d;
    }

    private static final class Imported {
        static final ActorDictionary DICTIONARY = ImportedActors.read();
    }

    /**
     * Adds one entry of the imported table, whose phrases written with a capital are names only when the text writes
     * them so (see {@link #lookup}).
     */
    void addEntry(ActorEntry entry) {
        List<String> named = entry.phrases().stream()
                .filter(p -> !p.equals(p.toLowerCase(Locale.ROOT)) && !canonicalOf.containsKey(key(p))).toList();
        add(entry);
        for (String phrase : named) writtenAs.putIfAbsent(key(phrase), phrase);
    }

    /**
     * Reads a dictionary file. A line that does not fit (real dictionaries have a few typos) is logged as a warning
     * naming the file and the line, and left out; the rest is read.
     */
    public static ActorDictionary read(Path file) throws IOException {
        try (Reader r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        }
    }

    public static ActorDictionary read(Reader reader, String source) {
        ActorDictionary d = new ActorDictionary();
        try (Stream<ActorEntry> entries = PetrarchDictionaries.actors(reader, source,
                problem -> LOG.warn("{}, left out", problem.getMessage()))) {
            entries.forEach(d::add);
        }
        return d;
    }

    private void add(ActorEntry entry) {
        String canonical = key(PetrarchPhrase.text(entry.phrase()));
        if (canonical.isEmpty()) return;
        for (String phrase : entry.phrases()) addName(PetrarchPhrase.text(phrase), canonical);
        codes.computeIfAbsent(canonical, k -> new ArrayList<>()).addAll(entry.codes());
    }

    private void addName(String raw, String canonical) {
        String k = key(raw);
        if (k.isEmpty()) return;
        canonicalOf.putIfAbsent(k, canonical);
        maxWords = Math.max(maxWords, k.split(" ").length);
    }

    /** Normalised key: upper case, words separated by one space ("BARACK_OBAMA_" and "Barack Obama" agree). */
    static String key(String name) {
        return name.replace('_', ' ').replaceAll("[^\\p{L}\\p{N}' -]", " ").strip().replaceAll("\\s+", " ")
                .toUpperCase(Locale.ROOT);
    }

    public boolean isEmpty() { return canonicalOf.isEmpty() && (below == null || below.isEmpty()); }

    public int size() { return canonicalOf.size() + (below == null ? 0 : below.size()); }

    public int maxWords() { return maxWords; }

    /**
     * The coding of a name on a day (TimeML value or yyyy-mm-dd; null: any), choosing the code valid that day, else
     * the first undated one, else the last one written.
     */
    public Optional<Coding> lookup(String name, String date) {
        if (name == null) return Optional.empty();
        String canonical = canonicalOf.get(key(name));
        if (canonical != null && !writtenAsName(name)) canonical = null;
        if (canonical == null) return below == null ? Optional.empty() : below.lookup(name, date);
        List<ActorCode> cs = codes.getOrDefault(canonical, List.of());
        LocalDate day = day(date);
        ActorCode chosen = null;
        for (ActorCode c : cs) {
            if (c.isDefault()) {
                if (chosen == null) chosen = c;
            } else if (day != null && c.appliesOn(day)) {
                chosen = c;
                break;
            }
        }
        if (chosen == null && !cs.isEmpty()) chosen = cs.get(cs.size() - 1);
        if (chosen == null) return Optional.empty();
        return Optional.of(new Coding(PetrarchPhrase.titleCase(canonical), chosen.country(), chosen.sector().orElse(null)));
    }

    /** True when the name is one only as a name ("Youth", "US"): made of ordinary words, it must be written so. */
    public boolean caseBound(String name) {
        if (name == null) return false;
        String k = key(name);
        if (canonicalOf.containsKey(k)) return writtenAs.containsKey(k);
        return below != null && below.caseBound(name);
    }

    /**
     * True unless the name is held as one made of ordinary words and the text writes none of the words the table
     * capitalises with a capital ("the youth", "told us", "autonomous cells" are no names; "president of the United
     * States" is the office, its title written in lower case as news writes titles).
     */
    private boolean writtenAsName(String name) {
        String form = writtenAs.get(key(name));
        if (form == null) return true;
        String[] want = words(form), got = words(name);
        if (want.length != got.length) return false;
        for (int i = 0; i < want.length; i++) {
            if (Character.isUpperCase(want[i].codePointAt(0)) && Character.isUpperCase(got[i].codePointAt(0))) return true;
        }
        return false;
    }

    private static String[] words(String name) {
        return name.replace('_', ' ').replaceAll("[^\\p{L}\\p{N}' -]", " ").strip().split("\\s+");
    }

    private static LocalDate day(String date) {
        if (date == null || !date.matches("\\d{4}-\\d{2}-\\d{2}")) return null;
        try {
            return LocalDate.parse(date);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
