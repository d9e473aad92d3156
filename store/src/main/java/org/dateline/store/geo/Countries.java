package org.dateline.store.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Core's country table ({@code countries.tsv}: alpha-3, name, aliases, capitals) and named places
 * ({@code places.tsv}: a place and the country it lies in, empty for a region such as "Middle East"), by
 * {@link PlaceKey}. Both are copied from core at build time.
 */
final class Countries {
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> byCapital = new HashMap<>();
    private final Map<String, String> placeCountry = new HashMap<>();

    /** The alpha-3 code of a country named or aliased so. */
    Optional<String> named(String key) {
        return Optional.ofNullable(byName.get(key));
    }

    /** The country's own name ("North Korea" for PRK), else the code. */
    String name(String iso3) {
        return names.getOrDefault(iso3, iso3);
    }

    /** The alpha-3 code of the country whose capital is called so. */
    Optional<String> capitalOf(String key) {
        return Optional.ofNullable(byCapital.get(key));
    }

    /** Whether {@code places.tsv} lists the place; then {@link #placeCountry} says where, "" for a region. */
    boolean listsPlace(String key) {
        return placeCountry.containsKey(key);
    }

    String placeCountry(String key) {
        return placeCountry.getOrDefault(key, "");
    }

    static Countries read(String countries, String places) {
        Countries c = new Countries();
        for (String[] f : rows(countries)) {
            String iso3 = f[0];
            c.names.put(iso3, f[1]);
            c.byName.put(PlaceKey.of(f[1]), iso3);
            for (String alias : cell(f, 2)) c.byName.putIfAbsent(PlaceKey.of(alias), iso3);
            for (String capital : cell(f, 3)) c.byCapital.putIfAbsent(PlaceKey.of(capital), iso3);
        }
        for (String[] f : rows(places)) c.placeCountry.putIfAbsent(PlaceKey.of(f[0]), f.length > 1 ? f[1] : "");
        c.byName.remove("");
        return c;
    }

    private static List<String> cell(String[] f, int i) {
        return i < f.length && !f[i].isBlank() ? List.of(f[i].split("\\|")) : List.of();
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        for (String line : TableLines.of(resource)) {
            String[] f = line.split("	", -1);
            for (int i = 0; i < f.length; i++) f[i] = f[i].strip();
            rows.add(f);
        }
        return rows;
    }
}
