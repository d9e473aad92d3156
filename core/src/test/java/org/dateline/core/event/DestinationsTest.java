package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The place people are sent to is no side of the act that sends them: "deported the journalists to Australia" is
 * done to the journalists, not to Australia. Sentences written for this test.
 */
class DestinationsTest {
    private static boolean recipient(Event e, String country) {
        return e.recipients().stream().anyMatch(p -> country.equals(p.country()));
    }

    @Test
    void theCountryPeopleAreDeportedToIsNoRecipient() {
        List<Event> es = GoldEvents.codeStory("Egypt deported the journalists to Australia on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.COERCE)
                .noneMatch(e -> recipient(e, "AUS"));
        es = GoldEvents.codeStory("Kenya extradited the Ugandan suspect to Spain.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> recipient(e, "ESP"));
    }

    @Test
    void theToPhraseOfOtherVerbsStillNamesTheOtherSide() {
        List<Event> es = GoldEvents.codeStory("Uganda sent emergency aid to Kenya on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> recipient(e, "KEN"));
    }
}
