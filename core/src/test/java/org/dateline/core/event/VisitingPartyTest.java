package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * A bare visitor noun ("the visitors", "the guests") takes the nationality the story gave its visiting party: before a
 * visitor noun, in a visitor phrase's own words, or as the headline's first word. Invented sentences.
 */
class VisitingPartyTest {
    private static List<Event> code(String headline, String body) {
        Article a = new Article("t", "test", null, headline, null, null, null, null, "2012-06-04", false, List.of(), null,
                null, "en", body, "");
        return GoldEvents.PIPELINE.annotate(a).events();
    }

    private static List<Participant> named(List<Event> es, String word) {
        return es.stream().flatMap(e -> java.util.stream.Stream.concat(e.actors().stream(), e.recipients().stream()))
                .filter(p -> p.name() != null && p.name().toLowerCase().contains(word)).toList();
    }

    @Test void theVisitorsTakeTheNationalityGivenToTheDelegationBefore() {
        List<Event> es = code(null, "LIMA, May 3 - A Bolivian delegation arrived in the capital on Tuesday. "
                + "The visitors praised the organisers of the fishing fair on Wednesday.");
        assertThat(named(es, "visitors")).as(GoldEvents.describe(es)).isNotEmpty().allMatch(p -> "BOL".equals(p.country()));
    }

    @Test void theGuestsTakeTheNationalityTheHeadlineOpensWith() {
        List<Event> es = code("Chilean Personages Visit Embassy", "The guests praised the staff of the embassy on Monday.");
        assertThat(named(es, "guests")).as(GoldEvents.describe(es)).isNotEmpty().allMatch(p -> "CHL".equals(p.country()));
    }

    @Test void aCountryOpeningTheHeadlineIsTheHostNotTheGuests() {
        List<Event> es = code("Peru Welcomes Guests", "The guests praised the staff of the embassy on Monday.");
        assertThat(named(es, "guests")).as(GoldEvents.describe(es)).noneMatch(p -> "PER".equals(p.country()));
    }

    @Test void aVisitorNounWithItsOwnNationalityKeepsIt() {
        List<Event> es = code(null, "A Bolivian delegation arrived in the capital on Tuesday. "
                + "The Chilean visitors praised the organisers of the fishing fair on Wednesday.");
        assertThat(named(es, "visitors")).as(GoldEvents.describe(es)).isNotEmpty().allMatch(p -> "CHL".equals(p.country()));
    }

    @Test void theGuestsTakeTheStateOfTheDelegationsOwnOfPhrase() {
        List<Event> es = code(null, "The delegation of the Bolivian Workers Party praised the organisers of the fair on "
                + "Tuesday. The guests thanked the mayor for the reception on Wednesday.");
        assertThat(named(es, "guests")).as(GoldEvents.describe(es)).isNotEmpty().allMatch(p -> "BOL".equals(p.country()));
    }

    @Test void aNationalityBeforeTheNameOfABodyAndItsDelegationPlacesTheGuests() {
        List<Event> es = code(null, "Thai and Malaysian ministers spoke at the fair on Monday. The Bolivian Senate "
                + "delegation arrived on Tuesday. The guests thanked the mayor for the reception on Wednesday.");
        assertThat(named(es, "guests")).as(GoldEvents.describe(es)).isNotEmpty().allMatch(p -> "BOL".equals(p.country()));
    }

    @Test void aNationalityBeforeAVisitorNounInsideTheHeadlinePlacesTheVisitors() {
        List<Event> es = code("Praise for Mayor from Chilean Delegation", "The delegation of the fishing association "
                + "praised the mayor for the reception on Monday.");
        assertThat(named(es, "delegation")).as(GoldEvents.describe(es)).isNotEmpty().allMatch(p -> "CHL".equals(p.country()));
    }

    @Test void aNationalityInTheHeadlineBeforeAnotherNounIsNotTheVisitors() {
        List<Event> es = code("Concert by Chilean Orchestra", "The guests praised the staff of the embassy on Monday.");
        assertThat(named(es, "guests")).as(GoldEvents.describe(es)).noneMatch(p -> "CHL".equals(p.country()));
    }

    @Test void foreignGuestsNamedAnewAreNotTheDelegationBefore() {
        List<Event> es = code(null, "A Bolivian delegation arrived in the capital on Tuesday. "
                + "Foreign guests praised the organisers of the fishing fair on Wednesday.");
        assertThat(named(es, "guests")).as(GoldEvents.describe(es)).isNotEmpty().noneMatch(p -> "BOL".equals(p.country()));
    }
}
