package org.dateline.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dateline.model.StoryEvent;
import org.dateline.store.geo.Gazetteer;
import org.dateline.store.geo.GeoPlace;
import org.dateline.store.geo.PlaceMatch;

/**
 * Where events took place, as points for the map ({@code /api/places}): each town the {@link Gazetteer} resolves an
 * event's place to, with its events counted, and how many events have only a country, an unresolved place or none,
 * so the page can say what it does not draw. A country is never drawn as a point. The web resolves places without
 * the story's dateline (that would read every article), so among same-named towns the capital or the largest wins.
 *
 * @param points      one per town, most events first
 * @param countryOnly events whose place is a country's name
 * @param unresolved  events whose place the gazetteer does not know
 * @param noPlace     events with no place
 */
record PlacePoints(List<Point> points, int countryOnly, int unresolved, int noPlace) {
    /** One town: the place texts that resolved to it, its name, country, coordinates and events. */
    record Point(String name, String country, double lat, double lon, long geonameId, List<String> texts, int events) {}

    static PlacePoints of(List<StoryEvent> events, Gazetteer gazetteer) {
        Map<String, GeoPlace> resolved = new HashMap<>();
        Map<Long, List<GeoPlace>> byTown = new LinkedHashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        int countryOnly = 0, unresolved = 0, noPlace = 0;
        for (StoryEvent se : events) {
            String text = se.event().place();
            if (text == null || text.isBlank()) {
                noPlace++;
                continue;
            }
            GeoPlace p = resolved.computeIfAbsent(text, gazetteer::resolve);
            if (p.match() == PlaceMatch.COUNTRY) countryOnly++;
            else if (p.match() == PlaceMatch.UNRESOLVED) unresolved++;
            else {
                List<GeoPlace> same = byTown.computeIfAbsent(p.geonameId(), k -> new ArrayList<>());
                if (same.stream().noneMatch(s -> s.text().equals(text))) same.add(p);
                counts.merge(p.geonameId(), 1, Integer::sum);
            }
        }
        List<Point> points = byTown.entrySet().stream().map(e -> {
            GeoPlace p = e.getValue().get(0);
            return new Point(p.name(), p.country(), p.latitude(), p.longitude(), p.geonameId(),
                    e.getValue().stream().map(GeoPlace::text).toList(), counts.get(e.getKey()));
        }).sorted(Comparator.comparingInt(Point::events).reversed().thenComparing(Point::name)).toList();
        return new PlacePoints(points, countryOnly, unresolved, noPlace);
    }
}
