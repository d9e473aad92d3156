package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.GoldEvents.visitsTo;
import static org.dateline.core.event.ParsedClauses.at;
import static org.dateline.core.event.ParsedClauses.parse;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The main verb the parser hung under a noun: "X, title, and his party left here" with "left" read as a participle of
 * "party" ({@link StrandedMainVerbs}), and "a delegation headed by X, title, returned home" with "headed" read as the
 * sentence's verb ({@link LeaderAttachment}). Invented stories, filed from Accra, published on Wednesday 10 May 2023.
 */
class StrandedMainVerbsTest {
    private static List<Event> filed(String body) { return GoldEvents.codeStoryFrom("Accra", body); }

    @Test void aNameItsTitleAndHisPartyAreTheSubjectOfTheVerbAfterThem() {
        Clause c = parse("Kofi Mensah, minister of Youth and Sports, and his party left here Friday to attend the opening"
                + " ceremony for the African Games in Egypt.");
        assertThat(c.head(at(c, "left"))).isEqualTo(-1);
        assertThat(c.subjects(at(c, "left"))).contains(at(c, "mensah"));
    }

    @Test void aHomeMinisterAndHisPartyLeavingHereForAGamesAbroadVisitTheHostState() {
        List<Event> es = filed("Kofi Mensah, Ghanaian minister of Youth and Sports, and his party left here Friday to attend"
                + " the opening ceremony for the 2023 African Games in Egypt.");
        assertThat(visitsTo(es, "EGY")).as(GoldEvents.describe(es)).singleElement()
                .satisfies(e -> assertThat(e.actors()).anyMatch(p -> p.name().contains("Mensah")));
    }

    @Test void aForeignDeputyAndHisPartyArrivingHereVisitTheStateTheStoryIsFiledIn() {
        List<Event> es = filed("Hans Weber, member of the Federal Parliament of Germany from the Green Party, and his party"
                + " arrived here on Friday.");
        assertThat(visitsTo(es, "GHA")).as(GoldEvents.describe(es)).singleElement()
                .satisfies(e -> assertThat(e.actors()).anyMatch(p -> p.name().contains("Weber")));
    }

    @Test void aForeignDeputyAndHisPartyDueToArriveNextWeekHaveMadeNoVisit() {
        List<Event> es = filed("Hans Weber, member of the Federal Parliament of Germany from the Green Party, and his party"
                + " will arrive here next week.");
        assertThat(visitsTo(es, "GHA")).as(GoldEvents.describe(es)).noneMatch(e -> e.status() == EventStatus.OCCURRED);
    }

    @Test void aDelegationHeadedBySomeoneWithALongTitleIsTheSubjectOfTheVerbAfterTheTitle() {
        Clause c = parse("A delegation of the Ghana Trades Union Congress headed by Kwame Boateng, vice-chairman of its"
                + " Central Committee, returned home on Thursday after visiting Vietnam and Laos.");
        assertThat(c.head(at(c, "returned"))).isEqualTo(-1);
        assertThat(c.subjects(at(c, "returned"))).contains(at(c, "delegation"));
        assertThat(c.head(at(c, "headed"))).isEqualTo(at(c, "delegation"));
    }

    @Test void aDelegationHeadedBySomeoneReturningAfterVisitingTwoStatesVisitedEach() {
        List<Event> es = filed("A delegation of the Ghana Trades Union Congress headed by Kwame Boateng, vice-chairman of"
                + " its Central Committee, returned home on Thursday after visiting Vietnam and Laos.");
        assertThat(visitsTo(es, "VNM")).as(GoldEvents.describe(es)).singleElement()
                .satisfies(e -> assertThat(e.actors()).anyMatch(p -> "GHA".equals(p.country())));
        assertThat(visitsTo(es, "LAO")).as(GoldEvents.describe(es)).singleElement()
                .satisfies(e -> assertThat(e.actors()).anyMatch(p -> "GHA".equals(p.country())));
    }

    @Test void aDelegationHeadedBySomeoneReturningFromATownAtHomeVisitedNoOtherState() {
        List<Event> es = filed("A delegation of the Ghana Trades Union Congress headed by Kwame Boateng, vice-chairman of"
                + " its Central Committee, returned home on Thursday after visiting Kumasi.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.CONSULT && "042".equals(e.cameo())
                && e.recipients().stream().anyMatch(p -> p.country() != null && !"GHA".equals(p.country())));
    }

    @Test void aForeignDelegationHeadedBySomeoneArrivingHereIsOneVisit() {
        List<Event> es = filed("A delegation of the Communist Party of Peru headed by Jorge Ruiz, secretary of its Central"
                + " Committee, arrived here on Friday.");
        assertThat(visitsTo(es, "GHA")).as(GoldEvents.describe(es)).hasSize(1);
    }
}
