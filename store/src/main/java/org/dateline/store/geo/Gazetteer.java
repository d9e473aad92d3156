package org.dateline.store.geo;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dateline.store.geo.Towns.Town;

/**
 * Resolves a place text to a {@link GeoPlace}, offline, against GeoNames' populated places of 1,000 people or more
 * and core's country table. The rules, in order:
 * <ol>
 *   <li>Texts are compared as {@link PlaceKey}s: case, accents, apostrophes, hyphens and spaces do not count.</li>
 *   <li>A country's name or alias ("south Korea", "DPRK") is a {@link PlaceMatch#COUNTRY}: the country, and no
 *       coordinates. A country is never drawn as a point: no centroid stands in for a place.</li>
 *   <li>A capital named in the country table ("Washington", "Seoul") is that country's seat of government
 *       (GeoNames feature PPLC), not a same-named town elsewhere.</li>
 *   <li>A region the place table lists with no country ("Middle East", "Korean Peninsula") stays unresolved.</li>
 *   <li>A name in {@code place-aliases.tsv} (an English exonym or former name: "Geneva", "Bombay") is looked up as
 *       the gazetteer's name it gives ("Genève", "Mumbai"), in the country it gives.</li>
 *   <li>Otherwise the towns of that name (or, failing that, of that name less a suffix such as "City") are ranked:
 *       first those in the preferred country, which is the country the place table gives for the name, else the
 *       country of the story's dateline passed by the caller; then capitals; then the larger population; then the
 *       lower GeoNames id, so the answer never depends on file order.</li>
 *   <li>A text none of this finds is {@link PlaceMatch#UNRESOLVED}: it keeps its text and gets no country and no
 *       coordinates.</li>
 * </ol>
 * Thread-safe and immutable once built; {@link #standard()} loads the tables once (about 135,000 towns).
 */
public final class Gazetteer {
    static final String DIR = "/org/dateline/store/geo/";
    private static final Comparator<Town> RANK = Comparator.comparing(Town::capital).reversed()
            .thenComparing(Comparator.comparingLong(Town::population).reversed())
            .thenComparingLong(Town::id);

    private final Towns towns;
    private final Countries countries;
    private final List<Suffix> suffixes;
    private final Map<String, String[]> aliases = new HashMap<>();

    private Gazetteer(Towns towns, Countries countries, List<Suffix> suffixes, List<String> aliasLines) {
        this.towns = towns;
        this.countries = countries;
        this.suffixes = suffixes;
        for (String line : aliasLines) {
            String[] f = line.split("\t");
            if (f.length < 3) throw new IllegalStateException("place-aliases.tsv: expected NAME<TAB>GAZETTEER NAME<TAB>ISO3: " + line);
            aliases.put(PlaceKey.of(f[0]), new String[] {PlaceKey.of(f[1]), f[2].strip()});
        }
    }

    private static final class Standard {
        static final Gazetteer INSTANCE = new Gazetteer(Towns.read(DIR + "cities1000.tsv.gz"),
                Countries.read(DIR + "countries.tsv", DIR + "places.tsv"), Suffixes.read(DIR + "place-suffixes.txt"),
                TableLines.of(DIR + "place-aliases.tsv"));
    }

    /** The gazetteer this build ships, loaded on first use. */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    /** As {@link #resolve(String, String)} with no preferred country. */
    public GeoPlace resolve(String text) {
        return resolve(text, null);
    }

    /**
     * The place a text names.
     *
     * @param text             the place as written; null or blank is unresolved
     * @param preferredCountry alpha-3 code of the country to prefer among same-named towns (the story's dateline
     *                         country), or null
     */
    public GeoPlace resolve(String text, String preferredCountry) {
        String key = PlaceKey.of(text);
        if (key.isEmpty()) return GeoPlace.unresolved(text);
        Optional<String> country = countries.named(key);
        if (country.isPresent()) return GeoPlace.country(text, country.get(), countries.name(country.get()));
        Optional<String> capitalOf = countries.capitalOf(key);
        if (capitalOf.isPresent() && !towns.capitalsOf(capitalOf.get()).isEmpty()) {
            return town(text, towns.capitalsOf(capitalOf.get()).stream().min(RANK).orElseThrow());
        }
        if (countries.listsPlace(key) && countries.placeCountry(key).isEmpty()) return GeoPlace.unresolved(text);
        String prefer = countries.listsPlace(key) ? countries.placeCountry(key) : preferredCountry;
        String[] alias = aliases.get(key);
        if (alias != null) {
            key = alias[0];
            prefer = alias[1];
        }
        List<Town> named = towns.named(key);
        for (int i = 0; named.isEmpty() && i < suffixes.size(); i++) named = withOrWithout(key, suffixes.get(i));
        return named.stream().min(preferring(prefer)).map(t -> town(text, t)).orElseGet(() -> GeoPlace.unresolved(text));
    }

    /**
     * The country a dateline names, for {@link #resolve(String, String)}: "SEOUL" gives KOR, "Pyongyang" PRK;
     * null when it resolves to nothing.
     */
    public String countryOf(String datelinePlace) {
        return resolve(datelinePlace).country();
    }

    /** The towns named {@code key} less the suffix when it ends so ("Sogwipho City"), else {@code key} plus it ("New York"). */
    private List<Town> withOrWithout(String key, Suffix suffix) {
        String shorter = suffix.strip(key);
        return towns.named(shorter.equals(key) ? key + suffix.key() : shorter);
    }

    /** A country's name ("North Korea" for PRK), as core's country table spells it; the code itself when unknown. */
    public String countryName(String iso3) {
        return iso3 == null ? null : countries.name(iso3);
    }

    private static Comparator<Town> preferring(String country) {
        if (country == null || country.isEmpty()) return RANK;
        return Comparator.comparing((Town t) -> t.country().equals(country)).reversed().thenComparing(RANK);
    }

    private GeoPlace town(String text, Town t) {
        return new GeoPlace(text, PlaceMatch.TOWN, t.name(), t.country(), t.lat(), t.lon(), t.id());
    }
}
