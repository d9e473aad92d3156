package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * One happening told in parts or in other names: coordinated deeds of one subject, a name that opens its sentence
 * with "The", and a place that is no occasion's name because one party is at home there.
 */
class OneHappeningToldInPartsTest {
    private static final List<Participant> TROOPS = List.of(p("Ruritanian troops", "RUR"));

    private static Event assault(Article a, String id, List<Participant> recipients, String date, String phrase) {
        return event(a, id, EventType.ASSAULT, TROOPS, recipients, date, null, EventStatus.OCCURRED, phrase);
    }

    @Test
    void deedsJoinedByAndUnderOneSubjectAreStepsOfOneRaidThatASecondReportJoins() {
        Article a = article("a", "2024-03-07", "Raid", "Ruritanian troops raided a village in Velmar on Monday and shot dead two farmers and wounded three others.");
        Article b = article("b", "2024-03-08", "Raid", "Ruritanian troops raided a village in Velmar and shot dead two farmers before dawn.");
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(),
                        assault(a, "e1", List.of(p("Velmar", "VEL")), "2024-03-04", "raided a village in Velmar"),
                        assault(a, "e2", List.of(p("people of Velmar", "VEL")), "2024-03-04", "shot dead two farmers"),
                        assault(a, "e3", List.of(p("people of Ruritania", "RUR")), "2024-03-04", "wounded three others")),
                new Annotated(b, List.of(), List.of(), List.of(), List.of(
                        assault(b, "e1", List.of(p("Velmar", "VEL")), b.publicationDate(), "raided a village in Velmar"),
                        assault(b, "e2", List.of(p("people of Velmar", "VEL")), b.publicationDate(), "shot dead two farmers")))));
        assertThat(storyOf(c, "a", "e2")).isEqualTo(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "a", "e3"))
                .isEqualTo(storyOf(c, "b", "e1")).isEqualTo(storyOf(c, "b", "e2"));
    }

    @Test
    void aDeedAfterAnotherConjunctionOfTheSameSentenceIsAnotherHappening() {
        Article a = article("a", "2024-03-07", "Raid", "Ruritanian troops raided a village in Velmar on Monday after they shelled a border town.");
        Connected c = Connector.connect(List.of(annotated(a, List.of(),
                assault(a, "e1", List.of(p("Velmar", "VEL")), "2024-03-04", "raided a village in Velmar"),
                assault(a, "e2", List.of(p("Velmar", "VEL")), "2024-03-01", "shelled a border town"))));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "a", "e2"));
    }

    @Test
    void aNameOpeningItsSentenceWithTheIsTheBareName() {
        assertThat(NameKeys.withoutArticle("The Velmari prisoners")).isEqualTo("Velmari prisoners");
        assertThat(NameKeys.key("The Velmari prisoners")).isEqualTo(NameKeys.key("Velmari prisoners"));
        assertThat(NameKeys.withoutArticle("Theodor Vance")).isEqualTo("Theodor Vance");
    }

    @Test
    void aHungerStrikeOfTheSamePrisonersToldWithAndWithoutTheIsOneHappening() {
        Article a = article("a", "2024-05-20", "Strike", "The Velmari prisoners are staging a hunger strike for three weeks in protest against their treatment in Ruritanian jails.");
        Article b = article("b", "2024-05-23", "Strike", "Velmari prisoners continued their hunger strike in Ruritanian jails, which began on May 3 in protest against their treatment.");
        List<Participant> jails = List.of(p("Ruritania", "RUR"));
        Connected c = Connector.connect(List.of(
                new Annotated(a, List.of(), List.of(), List.of(), List.of(event(a, "e1", EventType.PROTEST,
                        List.of(p("The Velmari prisoners", "VEL")), jails, a.publicationDate(), null, EventStatus.OCCURRED,
                        "are staging a hunger strike"))),
                annotated(b, List.of(), event(b, "e1", EventType.PROTEST, List.of(p("Velmari prisoners", "VEL")), jails,
                        "2024-05-03", null, EventStatus.OCCURRED, "continued their hunger strike"))));
        assertThat(c.events()).hasSize(1);
    }

    private static Connected twoTalks(String place) {
        Article a = article("a", "2024-03-05", "Talks", "Foreign Minister Rosa Alvarez met and had a friendly talk with the delegation of Ghana in " + place + " on March 4.");
        Article b = article("b", "2024-03-30", "Talks", "When meeting with the envoy of Ghana in " + place + ", Rosa Alvarez said as follows:");
        List<Participant> sides = List.of(p("Rosa Alvarez", "PER"), p("Ghana", "GHA"));
        return Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.CONSULT, sides, List.of(), "2024-03-04", null,
                        EventStatus.OCCURRED, "met and had a friendly talk")),
                new Annotated(b, List.of(), List.of(), List.of(), List.of(event(b, "e1", EventType.CONSULT, sides,
                        List.of(), b.publicationDate(), null, EventStatus.OCCURRED, "When meeting with the envoy")))));
    }

    @Test
    void aTalkInAPartysOwnCapitalWeeksLaterIsNotTheDatedTalk() {
        assertThat(twoTalks("Lima").events()).hasSize(2);
    }

    @Test
    void aTalkRecalledWeeksLaterByAPlaceAwayFromHomeIsTheDatedTalk() {
        assertThat(twoTalks("Tarvosa").events()).hasSize(1);
    }

    @Test
    void onlyTheCapitalOfAParticipantsOwnStateIsHome() {
        assertThat(HomeCapitals.isHome("Lima", java.util.Set.of("PER"))).isTrue();
        assertThat(HomeCapitals.isHome("Lima", java.util.Set.of("GHA"))).isFalse();
        assertThat(HomeCapitals.isHome("Tarvosa", java.util.Set.of("PER"))).isFalse();
    }

    /** Two undated reports of one visit abroad: the first placed where the visit went, the second where its news was made. */
    private static Connected visitHailedIn(String publishedIn) {
        Article a = article("a", "2024-03-02", "Visit", "Papers hailed the historic visit of Mara Velk to the city of Kumasi in Ghana.");
        Article b = article("b", "2024-03-05", "Poems", "Poems hailing the historic visit of Mara Velk to Ghana were published in " + publishedIn + ".");
        List<Participant> guest = List.of(p("Mara Velk", "PER"));
        List<Participant> host = List.of(p("Ghana", "GHA"));
        return Connector.connect(List.of(
                new Annotated(a, List.of(state("Ghana", "GHA")), List.of(), List.of(), List.of(event(a, "e1", EventType.CONSULT, guest, host,
                        a.publicationDate(), "Kumasi", EventStatus.OCCURRED, "historic visit of Mara Velk to the city of Kumasi"))),
                new Annotated(b, List.of(state("Ghana", "GHA")), List.of(), List.of(), List.of(event(b, "e1", EventType.CONSULT, guest, host,
                        b.publicationDate(), publishedIn, EventStatus.OCCURRED, "historic visit of Mara Velk to Ghana")))));
    }

    @Test
    void aVisitAbroadPlacedInTheVisitorsOwnStateJoinsTheVisitPlacedWhereItWent() {
        assertThat(visitHailedIn("Peru").events()).hasSize(1);
    }

    @Test
    void aVisitAbroadPlacedInAThirdStateStaysApartFromTheVisitPlacedElsewhere() {
        assertThat(visitHailedIn("Chile").events()).hasSize(2);
    }
}
