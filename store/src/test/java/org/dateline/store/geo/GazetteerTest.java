package org.dateline.store.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The ambiguity rules of {@link Gazetteer}, each on names GeoNames lists more than once. */
class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.standard();

    @Test
    void aCapitalWinsOverLargerOrEqualNamesakesElsewhere() {
        GeoPlace paris = gazetteer.resolve("Paris");
        assertThat(paris.match()).isEqualTo(PlaceMatch.TOWN);
        assertThat(paris.country()).isEqualTo("FRA");
        assertThat(paris.latitude()).isCloseTo(48.85, within(0.1));
        assertThat(paris.longitude()).isCloseTo(2.35, within(0.1));
    }

    @Test
    void aCapitalNamedInTheCountryTableIsThatCountrysSeatEvenUnderAnotherGazetteerName() {
        GeoPlace washington = gazetteer.resolve("Washington");
        assertThat(washington.country()).isEqualTo("USA");
        assertThat(washington.name()).isEqualTo("Washington, D.C.");
        assertThat(washington.longitude()).isCloseTo(-77.0, within(0.2));
    }

    @Test
    void theDatelineCountryIsPreferredAmongTownsOfOneName() {
        assertThat(gazetteer.resolve("Paris", "USA").country()).isEqualTo("FRA");   // capital rule comes first
        GeoPlace birminghamUs = gazetteer.resolve("Birmingham", "USA");
        GeoPlace birminghamGb = gazetteer.resolve("Birmingham", "GBR");
        assertThat(birminghamUs.country()).isEqualTo("USA");
        assertThat(birminghamGb.country()).isEqualTo("GBR");
        assertThat(birminghamUs.geonameId()).isNotEqualTo(birminghamGb.geonameId());
    }

    @Test
    void withoutAPreferenceTheLargestPopulationWins() {
        assertThat(gazetteer.resolve("Birmingham").country()).isEqualTo("GBR");
    }

    @Test
    void aCountryNameGivesTheCountryAndNoPoint() {
        GeoPlace korea = gazetteer.resolve("south Korea");
        assertThat(korea.match()).isEqualTo(PlaceMatch.COUNTRY);
        assertThat(korea.country()).isEqualTo("KOR");
        assertThat(korea.hasPoint()).isFalse();
        assertThat(gazetteer.resolve("DPRK").country()).isEqualTo("PRK");
    }

    @Test
    void aRegionOrAnUnknownPlaceKeepsItsTextAndGetsNothingElse() {
        for (String text : new String[] {"Middle East", "Mansudae Assembly Hall", "South Hwanghae Province", "", null}) {
            GeoPlace p = gazetteer.resolve(text);
            assertThat(p.match()).as(text).isEqualTo(PlaceMatch.UNRESOLVED);
            assertThat(p.text()).isEqualTo(text);
            assertThat(p.country()).isNull();
            assertThat(p.hasPoint()).isFalse();
        }
    }

    @Test
    void spellingsOfOneRomanizationMeetButACountyIsNotItsSeat() {
        assertThat(gazetteer.resolve("PYONGYANG").country()).isEqualTo("PRK");
        assertThat(gazetteer.resolve("Dar-Es-Salaam").name()).isEqualTo("Dar es Salaam");
        assertThat(gazetteer.resolve("Pukchong County").match()).isEqualTo(PlaceMatch.UNRESOLVED);
    }

    @Test
    void aCitySuffixIsDroppedOrAddedOnlyWhenTheWholeTextNamesNoTown() {
        assertThat(gazetteer.resolve("New York").name()).isEqualTo("New York City");
        assertThat(gazetteer.resolve("Mexico City").name()).isEqualTo("Mexico City");
        assertThat(gazetteer.resolve("Kabul City").name()).isEqualTo("Kabul");
    }

    @Test
    void anExonymIsLookedUpUnderTheGazetteersNameInItsCountry() {
        GeoPlace geneva = gazetteer.resolve("Geneva");
        assertThat(geneva.country()).isEqualTo("CHE");
        assertThat(geneva.name()).isEqualTo("Genève");
        assertThat(gazetteer.resolve("Geneva", "USA").country()).as("the alias wins over the dateline").isEqualTo("CHE");
    }

    @Test
    void aDatelineGivesTheCountryToPrefer() {
        assertThat(gazetteer.countryOf("SEOUL")).isEqualTo("KOR");
        assertThat(gazetteer.countryOf("Nowhere-on-Sea")).isNull();
    }
}
