package org.dateline.core.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.dateline.core.language.GazetteerEntry.Kind;
import org.dateline.core.resources.ResourceFile;
import org.dateline.model.CountryCodes;
import org.dateline.model.Sector;

/**
 * Names CoreNLP's 3-class NER does not code: countries with ISO codes and aliases, capitals, demonyms, IGOs,
 * government bodies, other places, role words with their sector, and a few well-known office holders. Kept as plain
 * TSV resources under {@code org/dateline/core/language/} so that a user can read and extend them without code.
 */
public final class Gazetteer {
    private static final String DIR = "/org/dateline/core/language/";
    private static final Gazetteer DEFAULT = load();

    private final Map<String, List<GazetteerEntry>> byPrefix = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, RoleWord> roles = new LinkedHashMap<>();
    private int size;

    /**
     * A role word or phrase ("envoy", "secretary of state") with the sector it implies (null for an office any body
     * has, "member", "coordinator": its holder's sector is the body's) and a country hint.
     */
    public record RoleWord(String phrase, String sector, String countryHint) {}

    private Gazetteer() {}

    /** The gazetteer built from the bundled resources (loaded once per class loader). */
    public static Gazetteer standard() { return DEFAULT; }

    private static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        read("countries.tsv", f -> {
            String iso = f[0], name = f[1];
            // a state listed again only adds names: its own name is in already
            if (g.countryNames.putIfAbsent(iso, name) == null) g.add(new GazetteerEntry(name, Kind.COUNTRY, name, iso, null, Set.of(), null));
            for (String a : list(f, 2)) g.add(new GazetteerEntry(a, Kind.COUNTRY, name, iso, null, Set.of(), null));
            for (String c : list(f, 3)) g.add(new GazetteerEntry(c, Kind.CAPITAL, c, iso, null, Set.of(), null));
            for (String d : list(f, 4)) {
                g.add(new GazetteerEntry(d, Kind.DEMONYM, name, iso, null, Set.of(), null));
                // the people as a noun: "Palestinians", "Iraqis" (the -ese, -ish and -ch forms have no plural)
                if (d.endsWith("an") || d.endsWith("i")) {
                    g.add(new GazetteerEntry(d + "s", Kind.DEMONYM, name, iso, null, Set.of(), null));
                }
            }
        });
        read("shared-demonyms.tsv", f -> {
            Set<String> states = Set.copyOf(list(f, 1));
            g.add(new GazetteerEntry(f[0], Kind.DEMONYM, null, null, null, states, null));
            if (f[0].endsWith("an") || f[0].endsWith("i")) g.add(new GazetteerEntry(f[0] + "s", Kind.DEMONYM, null, null, null, states, null));
        });
        read("context_aliases.tsv", f -> g.add(new GazetteerEntry(f[0], Kind.CONTEXT_ALIAS, null, f[1], Sector.GOV.code(),
                Set.copyOf(list(f, 2)), null)));
        read("igos.tsv", f -> {
            g.add(new GazetteerEntry(f[0], Kind.IGO, f[0], CountryCodes.INTERNATIONAL, Sector.IGO.code(), Set.of(), null));
            for (String a : list(f, 1)) g.add(new GazetteerEntry(a, Kind.IGO, f[0], CountryCodes.INTERNATIONAL, Sector.IGO.code(), Set.of(), null));
        });
        read("bodies.tsv", f -> g.add(new GazetteerEntry(f[0], Kind.BODY, field(f, 3), field(f, 2), f[1], Set.of(), null)));
        read("places.tsv", f -> g.add(new GazetteerEntry(f[0], Kind.PLACE, f[0], field(f, 1), null, Set.of(), null)));
        read("people.tsv", f -> {
            g.add(new GazetteerEntry(f[0], Kind.PERSON, f[0], f[1], f[2], Set.of(), field(f, 3)));
            for (String a : list(f, 4)) g.add(new GazetteerEntry(a, Kind.PERSON, f[0], f[1], f[2], Set.of(), field(f, 3)));
        });
        // a sector "-" is an office of any body, whose holder is of the body his title names (no sector by the word)
        read("roles.tsv", f -> g.roles.put(f[0], new RoleWord(f[0], "-".equals(field(f, 1)) ? null : field(f, 1), field(f, 2))));
        for (List<GazetteerEntry> l : g.byPrefix.values()) {
            l.sort(Comparator.comparingInt((GazetteerEntry e) -> e.text().length()).reversed());
        }
        return g;
    }

    private void add(GazetteerEntry e) {
        if (e.text().length() < 2) return;
        if (e.text().startsWith("the ")) {   // "The North" opens a sentence as often as "the North" follows a verb
            add(new GazetteerEntry("The" + e.text().substring(3), e.kind(), e.canonical(), e.country(), e.sector(),
                    e.requires(), e.role()));
        }
        byPrefix.computeIfAbsent(prefix(e.text(), 0), k -> new ArrayList<>()).add(e);
        size++;
    }

    private static String prefix(CharSequence s, int at) {
        return s.subSequence(at, at + 2).toString().toLowerCase(Locale.ROOT);
    }

    /** Entries whose text starts at {@code at} in {@code text}, longest first (boundary checks are the caller's). */
    public List<GazetteerEntry> startingAt(String text, int at) {
        if (at + 2 > text.length()) return List.of();
        List<GazetteerEntry> candidates = byPrefix.get(prefix(text, at));
        if (candidates == null) return List.of();
        List<GazetteerEntry> out = new ArrayList<>(2);
        for (GazetteerEntry e : candidates) {
            if (text.regionMatches(e.caseInsensitive(), at, e.text(), 0, e.text().length())) out.add(e);
        }
        return out;
    }

    /** An entry written in a text from {@code start} (inclusive) to {@code end} (exclusive). */
    public record Match(GazetteerEntry entry, int start, int end) {}

    /**
     * Where a name written in a text is whole words: the character before its start may not join it
     * ({@code joinsBefore}), nor the one after its end ({@code joinsAfter}); the text's edges always part. A caller
     * whose words are a tokenizer's rather than characters' may give its own {@link #opens} and {@link #closes}.
     */
    public interface WordEdges {
        /** A word is a run of letters and digits: "Korea" is whole in "Korea's" and "Korea-Japan", not in "Koreas". */
        WordEdges LETTERS_OR_DIGITS = between(Character::isLetterOrDigit, Character::isLetterOrDigit);

        /** Whether a name may start at {@code at} of text. */
        boolean opens(String text, int at);

        /** Whether a name may end at {@code end} of text ({@code end} may be the text's length). */
        boolean closes(String text, int end);

        /**
         * Edges where a character before the name for which {@code joinsBefore} holds, or one after it for which
         * {@code joinsAfter} holds, would make it part of a longer word.
         */
        static WordEdges between(IntPredicate joinsBefore, IntPredicate joinsAfter) {
            return new WordEdges() {
                @Override
                public boolean opens(String text, int at) { return at == 0 || !joinsBefore.test(text.charAt(at - 1)); }

                @Override
                public boolean closes(String text, int end) {
                    return end >= text.length() || !joinsAfter.test(text.charAt(end));
                }
            };
        }
    }

    /**
     * Every entry written as whole words in {@code text}, in reading order and longest first at each start. Matches
     * overlap ("Korean" inside "North Korean" comes too): a caller that wants one name per place keeps the first it
     * accepts at a start and skips to its end.
     */
    public Stream<Match> wholeWords(String text, WordEdges edges) {
        return IntStream.range(0, text.length()).boxed().flatMap(at -> wholeWordsAt(text, at, edges));
    }

    /** The entries written as whole words from {@code at} of {@code text}, longest first; none where no word opens. */
    public Stream<Match> wholeWordsAt(String text, int at, WordEdges edges) {
        if (at >= text.length() || !edges.opens(text, at)) return Stream.empty();
        return startingAt(text, at).stream().map(e -> new Match(e, at, at + e.text().length()))
                .filter(m -> edges.closes(text, m.end()));
    }

    /** Entries that are the whole of {@code text} as it stands ("North Korea", not "North Korean Army"), longest first. */
    public List<GazetteerEntry> wholly(String text) {
        List<GazetteerEntry> out = new ArrayList<>(1);
        for (GazetteerEntry e : startingAt(text, 0)) if (e.text().length() == text.length()) out.add(e);
        return out;
    }

    /**
     * The country of a dateline's place as wire copy writes it ("SEOUL", "Kyiv", "New Delhi"): the whole place must be
     * one entry with a country (a capital, a country, a known city), read as written, else in title case, or null.
     */
    public String countryOfPlace(String place) {
        if (place == null || place.isBlank()) return null;
        String p = place.strip();
        String asWritten = wholeEntryCountry(p);
        return asWritten != null ? asWritten
                : wholeEntryCountry(Character.toUpperCase(p.charAt(0)) + p.substring(1).toLowerCase(Locale.ROOT));
    }

    private String wholeEntryCountry(String place) {
        for (GazetteerEntry e : wholly(place)) if (e.country() != null) return e.country();
        return null;
    }

    /**
     * Whether {@code text} is wholly the name of a town, a capital or another place, and not a state's own name:
     * "Washington", "Kyiv", "Chicago", not "America". A capital stands for its state only as a nominal of its own
     * ("Washington accused Beijing"); before a noun ("Washington residents") it says where people are from.
     */
    public boolean namesTown(String text) {
        if (text == null) return false;
        boolean town = false;
        for (GazetteerEntry e : wholly(text)) {
            if (e.kind() == Kind.COUNTRY) return false;
            if (e.kind() == Kind.CAPITAL || e.kind() == Kind.PLACE) town = true;
        }
        return town;
    }

    /** The canonical English name of a country code ("PRK" -> "North Korea"), or the code itself. */
    public String countryName(String iso3) {
        if (iso3 == null) return null;
        return countryNames.getOrDefault(iso3, iso3);
    }

    /** The role word with this exact (lower-case) phrase. */
    public Optional<RoleWord> role(String phrase) { return Optional.ofNullable(roles.get(phrase.toLowerCase(Locale.ROOT))); }

    /** Every role word and phrase. */
    public Map<String, RoleWord> roles() { return Collections.unmodifiableMap(roles); }

    /** Number of names (all kinds, aliases counted). */
    public int size() { return size; }

    private static List<String> list(String[] f, int i) {
        if (f.length <= i || f[i].isBlank()) return List.of();
        return Arrays.stream(f[i].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String field(String[] f, int i) {
        return f.length <= i || f[i].isBlank() ? null : f[i].strip();
    }

    private static void read(String name, Consumer<String[]> row) {
        ResourceFile.rows(Gazetteer.class, DIR + name).forEach(row);
    }
}
