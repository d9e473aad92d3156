package org.dateline.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a story is set when its dateline does not say: the state its headline places it in, or none. */
class StorySettingTest {
    private static final Gazetteer G = Gazetteer.standard();

    private static String setting(String headline) { return StorySetting.of(null, headline, G); }

    @Test void aHeadlineSayingWhereItHappenedSetsTheStoryThere() {
        assertThat(setting("Crackdown on Dockworkers Slammed in Portugal")).isEqualTo("PRT");
        assertThat(setting("Floods Hit Three Towns in Kenya")).isEqualTo("KEN");
    }

    @Test void aPlaceInsideAStateSetsTheStoryInThatState() {
        assertThat(setting("Rally Against Pension Cuts Held in Lisbon")).isEqualTo("PRT");
    }

    @Test void aStateOpeningTheHeadlineAsItsSubjectSetsTheStory() {
        assertThat(setting("Chile Bans Rally of Miners")).isEqualTo("CHL");
        assertThat(setting("Nigerian President Pledges Security")).isEqualTo("NGA");
        assertThat(setting("Austria's Unions Call Strike")).isEqualTo("AUT");
    }

    @Test void whereItHappenedComesBeforeWhoItIsAbout() {
        assertThat(setting("Chilean Miners Detained in Peru")).isEqualTo("PER");
    }

    @Test void placesOfTwoStatesSetNothing() {
        assertThat(setting("Protests Held in Peru and in Chile")).isNull();
    }

    @Test void twoStatesOpeningTheHeadlineTogetherSetNothing() {
        assertThat(setting("Russia, China Check Unilateral Moves")).isNull();
        assertThat(setting("Peru and Chile Sign Fishing Accord")).isNull();
    }

    @Test void visitorsNamedByTheirStateAreNotWhereTheStoryIs() {
        assertThat(setting("Italian Guests Here")).isNull();
        assertThat(setting("Cuban Delegation Arrives")).isNull();
    }

    @Test void diplomatsNamedByTheirStateServeAbroadSoAreNotWhereTheStoryIs() {
        assertThat(setting("Peruvian Ambassador Hosts Reception")).isNull();
        assertThat(setting("Chilean Embassy Marks National Day")).isNull();
        assertThat(setting("Peruvian Minister Hosts Reception")).isEqualTo("PER");
    }

    @Test void aHeadlineNamingNoStateSetsNothing() {
        assertThat(setting("Floral Basket and Congratulatory Letter")).isNull();
        assertThat(setting("Crackdown Slammed in Strong Terms")).isNull();
    }

    @Test void theDatelinesStateComesFirst() {
        assertThat(StorySetting.of("KEN", "Crackdown Slammed in Portugal", G)).isEqualTo("KEN");
    }
}
