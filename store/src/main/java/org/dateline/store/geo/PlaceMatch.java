package org.dateline.store.geo;

/** How a place text was resolved: what a {@link GeoPlace} can be trusted for. */
public enum PlaceMatch {
    /** A populated place of the gazetteer: name, country and coordinates are those of that town. */
    TOWN,
    /** A country's name or alias: the country is known, and there are no coordinates (no centroid stands in). */
    COUNTRY,
    /** Neither: the text is kept, with no country and no coordinates. */
    UNRESOLVED
}
