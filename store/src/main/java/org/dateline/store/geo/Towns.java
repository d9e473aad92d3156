package org.dateline.store.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/** The gazetteer's populated places by {@link PlaceKey}, read once from {@code cities1000.tsv.gz}. */
final class Towns {
    /** One populated place; {@code capital} is GeoNames' feature code PPLC (a country's seat of government). */
    record Town(long id, String name, String country, boolean capital, long population, double lat, double lon) {}

    private final Map<String, List<Town>> byKey;
    private final Map<String, List<Town>> capitals = new HashMap<>();

    private Towns(Map<String, List<Town>> byKey) {
        this.byKey = byKey;
        byKey.values().stream().flatMap(List::stream).filter(Town::capital)
                .forEach(t -> capitals.computeIfAbsent(t.country(), k -> new ArrayList<>(1)).add(t));
    }

    List<Town> named(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** Every town of a country that is its capital (GeoNames lists one, now and then two). */
    List<Town> capitalsOf(String iso3) {
        return capitals.getOrDefault(iso3, List.of());
    }

    /**
     * Reads the table; a row that does not parse, or whose country has no alpha-3 code in the JDK (Kosovo's
     * provisional XK), is left out rather than failing the load.
     */
    static Towns read(String resource) {
        Map<String, List<Town>> byKey = new HashMap<>();
        Map<String, String> iso3 = new HashMap<>();
        for (String line : TableLines.of(resource)) {
            Town t = parse(line.split("	"), iso3);
            if (t != null) byKey.computeIfAbsent(PlaceKey.of(t.name()), k -> new ArrayList<>(1)).add(t);
        }
        return new Towns(byKey);
    }

    private static Town parse(String[] f, Map<String, String> iso3) {
        if (f.length < 7) return null;
        String country = iso3.computeIfAbsent(f[2], Towns::alpha3);
        if (country.isEmpty()) return null;
        try {
            return new Town(Long.parseLong(f[0]), f[1], country, "PPLC".equals(f[3]), Long.parseLong(f[4]),
                    Double.parseDouble(f[5]), Double.parseDouble(f[6]));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** ISO 3166 alpha-2 to alpha-3 by the JDK's own table; "" when it has none. */
    static String alpha3(String alpha2) {
        try {
            return new Locale("", alpha2).getISO3Country();
        } catch (MissingResourceException e) {
            return "";
        }
    }
}
