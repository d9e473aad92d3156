package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The people of a country stand for the other side of a domestic act only when the act is done to something the
 * text names (an object, a passive subject) or in a place of that country; an act done to nothing named or to
 * oneself would get the actor's own people made up. Sentences
 * written for this test.
 */
class MadeUpRecipientsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean peopleOf(Event e) {
        return e.recipients().stream().anyMatch(p -> p.name() != null && p.name().startsWith("people of"));
    }

    @Test
    void anActDoneToNothingNamedHasNoMadeUpPeopleAsItsRecipient() {
        List<Event> es = code("Peruvian troops were bombarding heavily all night, officials said.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ASSAULT);
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(MadeUpRecipientsTest::peopleOf);
    }

    @Test
    void anActDoneToOneselfHasNoMadeUpPeopleAsItsRecipient() {
        List<Event> es = code("A Chadian army officer killed himself on Wednesday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(MadeUpRecipientsTest::peopleOf);
    }

    @Test
    void anActDoneToUnnamedPeopleKeepsThePeopleOfTheCountryAsItsRecipient() {
        List<Event> es = code("Kenyan police killed three on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ASSAULT
                && e.recipients().stream().anyMatch(p -> "KEN".equals(p.country())));
        es = code("Kenyan police arrested dozens of people on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.COERCE
                && e.recipients().stream().anyMatch(p -> "KEN".equals(p.country())));
    }

    @Test
    void anActWhoseAimOrTollNamesPeopleKeepsThePeopleOfTheCountryAsItsRecipient() {
        List<Event> es = code("Bolivian police opened fire to disperse striking miners on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ASSAULT
                && e.recipients().stream().anyMatch(p -> "BOL".equals(p.country())));
    }

    @Test
    void aPassiveWhoseSubjectTheParserRaisedKeepsThePeopleOfTheCountryAsItsRecipient() {
        List<Event> es = code("Two Kenyan guards were killed or wounded on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).allMatch(e -> e.type() != EventType.ASSAULT
                || e.recipients().stream().anyMatch(p -> "KEN".equals(p.country())));
    }

    @Test
    void anActInAPlaceKeepsThatPlacesCountryAsItsRecipient() {
        List<Event> es = code("Peruvian troops were bombarding the hills in southern Peru all night.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ASSAULT
                && e.recipients().stream().anyMatch(p -> "PER".equals(p.country())));
    }
}
