package org.dateline.store.export;

import java.util.Arrays;
import java.util.List;

import org.dateline.store.geo.GeoPlace;
import org.dateline.store.geo.PlaceMatch;

/**
 * The GDELT-like ActionGeo columns of one event's place, from {@link org.dateline.store.geo.Gazetteer}.
 * ActionGeo_Type follows GDELT (1 country, 3 US city, 4 world city; empty when unresolved); the country is ISO 3166
 * alpha-3, as actors' codes are (GDELT writes FIPS 10-4 here); latitude and longitude are set for a town only.
 * ActionGeo_Text keeps the place as the record wrote it, resolved or not.
 */
final class ActionGeoColumns {
    static final List<String> COLUMNS = List.of("ActionGeo_Type", "ActionGeo_Text", "ActionGeo_FullName",
            "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID");

    private ActionGeoColumns() {}

    /** The cells, in {@link #COLUMNS} order; all empty for an event with no place. */
    static List<Object> cells(GeoPlace p, String countryName) {
        if (p == null) return Arrays.asList(new Object[COLUMNS.size()]);
        return Arrays.asList(gdeltType(p), p.text(), fullName(p, countryName), p.country(), p.latitude(), p.longitude(),
                p.geonameId());
    }

    private static Integer gdeltType(GeoPlace p) {
        return switch (p.match()) {
            case COUNTRY -> 1;
            case TOWN -> "USA".equals(p.country()) ? 3 : 4;
            case UNRESOLVED -> null;
        };
    }

    /** "Pyongyang, North Korea" for a town, the country's name for a country, empty when unresolved. */
    private static String fullName(GeoPlace p, String countryName) {
        if (p.match() == PlaceMatch.UNRESOLVED) return null;
        return p.match() == PlaceMatch.TOWN && countryName != null ? p.name() + ", " + countryName : p.name();
    }
}
