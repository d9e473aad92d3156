package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Visits a story tells without naming the state visited: visitors from abroad seeing a site of the place
 * the story is filed in, and meals given for guests. Invented sentences, filed from Accra.
 */
class SiteVisitsTest {
    private static List<Event> filedInAccra(String body) {
        Article a = new Article("t", "test", null, null, null, null, "Accra", null, "2023-05-10", false, List.of(), null,
                null, "en", body, "");
        return GoldEvents.PIPELINE.annotate(a).events();
    }

    private static boolean visitOf(Event e, String visitor, String host) {
        return e.type() == EventType.CONSULT && e.actors().stream().anyMatch(p -> visitor.equals(p.country()))
                && e.recipients().stream().anyMatch(p -> host.equals(p.country()));
    }

    @Test void aDelegationFromAbroadSeeingASiteVisitsTheStateTheStoryIsFiledIn() {
        List<Event> es = filedInAccra("A delegation of the Uruguayan parliament visited a cocoa processing factory on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> visitOf(e, "URY", "GHA") && "042".equals(e.cameo()));
    }

    @Test void guestsFromAbroadTouringASiteVisitTheStateTheStoryIsFiledIn() {
        List<Event> es = filedInAccra("The Uruguayan guests toured the national museum on Wednesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> visitOf(e, "URY", "GHA"));
    }

    @Test void aLeaderSeeingASiteOfHisOwnStateMakesNoVisit() {
        List<Event> es = filedInAccra("The Ghanaian president visited a cocoa processing factory on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test void aSiteSeenByPeoplePlacedInNoStateIsNoVisit() {
        List<Event> es = filedInAccra("Hundreds of tourists visited the national museum on Wednesday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test void aLuncheonGivenInHonourOfADelegationHostsIt() {
        List<Event> es = filedInAccra("The Ghanaian foreign minister gave a luncheon in honour of the Uruguayan delegation on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> "043".equals(e.cameo())
                && e.actors().stream().anyMatch(p -> "GHA".equals(p.country()))
                && e.recipients().stream().anyMatch(p -> "URY".equals(p.country())));
    }

    @Test void aBanquetHostedInWelcomeOfAGuestHostsHim() {
        List<Event> es = filedInAccra("The Ghanaian president hosted a banquet in welcome of the Uruguayan president on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> "043".equals(e.cameo())
                && e.recipients().stream().anyMatch(p -> "URY".equals(p.country())));
    }
}
