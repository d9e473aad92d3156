package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.StoryEvent;
import org.dateline.store.geo.Gazetteer;

class PlacePointsTest {
    private static StoryEvent at(String place, int n) {
        Event e = Event.builder().id("e" + n).type(EventType.CONSULT).place(place).build();
        return new StoryEvent("se" + n, e, List.of(), List.of(), null);
    }

    @Test void spellingsOfOneTownMakeOneDotAndCountriesUnknownPlacesAndNoPlaceAreCountedNotDrawn() {
        List<StoryEvent> events = new ArrayList<>();
        String[] places = {"Pyongyang", "PYONGYANG", "Pyongyang", "south Korea", "Mansudae Assembly Hall", null, "Seoul"};
        for (int i = 0; i < places.length; i++) events.add(at(places[i], i));

        PlacePoints p = PlacePoints.of(events, Gazetteer.standard());

        assertThat(p.points()).extracting(PlacePoints.Point::country).containsExactly("PRK", "KOR");
        assertThat(p.points().get(0).events()).isEqualTo(3);
        assertThat(p.points().get(0).texts()).containsExactly("Pyongyang", "PYONGYANG");
        assertThat(p.points().get(1).events()).isEqualTo(1);
        assertThat(p.countryOnly()).isEqualTo(1);
        assertThat(p.unresolved()).isEqualTo(1);
        assertThat(p.noPlace()).isEqualTo(1);
    }
}
