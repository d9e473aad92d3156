package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.EventFixture.eventsOf;

import java.util.List;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A page of one country's local news names its towns, provinces and states more than the country: those places count
 * for the state the imported country dictionaries put them in when the story's home state is weighed. Stories and
 * mentions written for this test.
 */
class HomeStatePlacesTest {
    private static final ActorDictionary IMPORTED = ActorDictionary.imported();

    private static Entity place(String text) { return new Entity(text, EntityType.LOCATION, 0, 0, null, null, null, null, 0); }

    private static Entity person(String text) { return new Entity(text, EntityType.PERSON, 0, 0, null, null, null, null, 0); }

    private static String homeOf(Entity... entities) {
        return HomeState.of(HomeState.placed(List.of(entities), IMPORTED, "2023-05-10"));
    }

    @Test void aStoryThatNamesOnlyTheTownsAndStatesOfOneCountryIsSetInIt() {
        assertThat(homeOf(place("Ohio"), place("Cleveland"), place("Texas"), person("Ralph Dunmore"))).isEqualTo("USA");
    }

    @Test void placesOfTwoCountriesInEqualShareMakeNoHomeState() {
        assertThat(homeOf(place("Ohio"), place("Texas"), place("Manchester"), place("Glasgow"))).isNull();
    }

    @Test void aPersonTheDictionaryKnowsIsNotCountedAsAPlace() {
        // a person the dictionaries code (a ruler of a state) tells who acts, not where the story happens
        List<Entity> placed = HomeState.placed(List.of(person("Hamid Karzai")), IMPORTED, "2010-01-01");
        assertThat(placed.get(0).country()).isNull();
    }

    @Test void aPlaceTheLanguageLayerPlacedKeepsItsState() {
        Entity placedByText = new Entity("Georgia", EntityType.LOCATION, 0, 0, null, "GEO", null, null, 0);
        assertThat(HomeState.placed(List.of(placedByText), IMPORTED, null).get(0).country()).isEqualTo("GEO");
    }

    @Test void aRegionOfTheWorldIsInNoState() {
        assertThat(HomeState.placed(List.of(place("Europe")), IMPORTED, null).get(0).country()).isNull();
    }

    @Test void anUnknownPlaceIsInNoState() {
        assertThat(HomeState.placed(List.of(place("Northfield Mills")), IMPORTED, null).get(0).country()).isNull();
    }

    @Test void prosecutorsInAStoryOfOneCountrysTownsAreThatCountrysAccusers() {
        eventsOf("Flooding closed roads across Ohio on Monday. Schools in Cleveland and Cincinnati stayed shut, and "
                + "Columbus opened shelters. Prosecutors accused the former county clerk of taking bribes.")
                .anyMatch(e -> e.actors().stream().anyMatch(p -> "USA".equals(p.country()) && "JUD".equals(p.sector())));
    }

    @Test void prosecutorsInAStoryOfTwoCountriesTownsAreNobodys() {
        eventsOf("Flooding closed roads across Ohio and Manchester on Monday. Schools in Glasgow and Cincinnati stayed "
                + "shut. Prosecutors accused the former county clerk of taking bribes.")
                .noneMatch(e -> e.actors().stream().anyMatch(p -> "JUD".equals(p.sector()) && p.country() != null));
    }

    @Test void aGrandJuryNamedWithAInAStoryOfOneCountrysTownsIsThatCountrysCourt() {
        eventsOf("Flooding closed roads across Ohio on Monday. Schools in Cleveland and Cincinnati stayed shut, and "
                + "Columbus opened shelters. A federal grand jury indicted the former county clerk on Tuesday.")
                .anyMatch(e -> e.actors().stream().anyMatch(p -> "USA".equals(p.country()) && "JUD".equals(p.sector())));
    }

    @Test void aCourtNamedWithAInAStoryOfTwoCountriesTownsIsNobodys() {
        eventsOf("Flooding closed roads across Ohio and Manchester on Monday. Schools in Glasgow and Cincinnati stayed "
                + "shut. A court sentenced the former county clerk on Tuesday.")
                .noneMatch(e -> e.actors().stream().anyMatch(p -> "JUD".equals(p.sector()) && p.country() != null));
    }
}
