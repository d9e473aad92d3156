package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A death or damage told without its doer in a story about a disaster is the disaster's toll, not an attack by someone
 * unidentified, when the headline or an earlier sentence names the disaster and the story names no attack. Invented
 * sentences.
 */
class StoryDisastersTest {
    private static List<Event> assaults(String headline, String body) {
        Article a = new Article("t", "test", null, headline, null, null, null, null, "2023-05-10", false, List.of(),
                null, null, "en", body, "");
        return GoldEvents.PIPELINE.annotate(a).events().stream().filter(e -> e.type() == EventType.ASSAULT).toList();
    }

    @Test void aTollToldAfterTheFloodIsNamedIsNoAttack() {
        assertThat(assaults(null, "Heavy floods swept across northern Laos last week. "
                + "At least 212 persons were killed and thousands of homes were destroyed, officials said.")).isEmpty();
    }

    @Test void aTollUnderAHeadlineNamingATyphoonIsNoAttack() {
        assertThat(assaults("Typhoon Lashes Southern Coast of Vietnam",
                "Some 38 villagers were killed and 90 injured in Quang Nam province on Tuesday.")).isEmpty();
    }

    @Test void aStoryThatAlsoNamesAnAttackKeepsItsUnnamedAttacker() {
        assertThat(assaults(null, "Floods have displaced thousands in the north. "
                + "Separately, a bombing struck a market in the capital. Nine people were killed in Kabul on Monday."))
                .isNotEmpty();
    }

    @Test void withoutADisasterAKillingWithoutADoerStaysAnAttack() {
        assertThat(assaults("Violence in the North", "Fourteen villagers were killed in Borno state on Sunday."))
                .isNotEmpty();
    }

    @Test void stormingABuildingNamesNoStorm() {
        assertThat(assaults(null, "Protesters stormed the parliament building in the capital. "
                + "Three guards were killed in Tirana on Saturday.")).isNotEmpty();
    }

    @Test void thoseHarmedInAPassiveDoNotDoTheVerbJoinedToIt() {
        List<Event> all = GoldEvents.codeStory("Twenty protesters were arrested and beaten in Harare on Monday.");
        assertThat(all).allSatisfy(e -> assertThat(e.actors()).noneSatisfy(
                p -> assertThat(p.name()).contains("protesters")));
    }
    @Test void aTollUnderAHeadlineNamingDisastersIsNoAttack() {
        assertThat(assaults("Natural Disasters in Ecuador",
                "Nine were killed and over 20,000 were evacuated in four provinces, officials said on Friday.")).isEmpty();
    }

    @Test void aTollToldAfterHeavyRainsIsNoAttack() {
        assertThat(assaults(null, "Heavy rains hit western areas of Nepal from Monday, causing damage. "
                + "Eleven persons were killed in Pokhara on Wednesday.")).isEmpty();
    }
}
