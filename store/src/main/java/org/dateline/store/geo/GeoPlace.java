package org.dateline.store.geo;

/**
 * A place text as the {@link Gazetteer} resolved it.
 *
 * @param text      the text as written in the record, kept whatever the match
 * @param match     what was found, and so which of the other fields are set
 * @param name      the gazetteer's name ("Pyongyang", "Washington, D.C.") or the country's; null when unresolved
 * @param country   ISO 3166 alpha-3 ("PRK"); null when unresolved
 * @param latitude  degrees north, only for {@link PlaceMatch#TOWN}; else null
 * @param longitude degrees east, only for {@link PlaceMatch#TOWN}; else null
 * @param geonameId the GeoNames id of the town, only for {@link PlaceMatch#TOWN}; else null
 */
public record GeoPlace(String text, PlaceMatch match, String name, String country, Double latitude, Double longitude,
                       Long geonameId) {
    public GeoPlace {
        if (match != PlaceMatch.TOWN && (latitude != null || longitude != null)) {
            throw new IllegalArgumentException("only a town has coordinates: " + text);
        }
    }

    static GeoPlace unresolved(String text) {
        return new GeoPlace(text, PlaceMatch.UNRESOLVED, null, null, null, null, null);
    }

    static GeoPlace country(String text, String iso3, String countryName) {
        return new GeoPlace(text, PlaceMatch.COUNTRY, countryName, iso3, null, null, null);
    }

    /** Whether a map can draw it as a point. */
    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }
}
