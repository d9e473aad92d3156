package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A report joins a story only on positive evidence that it tells the story's deed, by the kind of deed, and against
 * the story's first or dating report, never through a later member (invented reports).
 */
class PositiveEvidenceOfOneDeedTest {
    private static final List<Entity> NAMES = List.of(person("Tarn Velo", "NOR", "president"),
            person("Ama Kesi", "PER", "president"), person("Juno Rell", "CHL", "president"), state("Peru", "PER"),
            state("Chile", "CHL"), person("Orla Minde", "NOR", "chairwoman"));

    private static Annotated report(String id, String day, String date, EventType type, String actor, String recipient,
                                    String body, String phrase, String trigger) {
        Article a = article(id, day, "News", body);
        List<org.dateline.model.Participant> to = recipient == null ? List.of() : List.of(p(recipient, null));
        Event e = event(a, "e1", type, List.of(p(actor, "NOR")), to, date, null, EventStatus.OCCURRED, phrase)
                .toBuilder().trigger(trigger).build();
        return annotated(a, NAMES, e);
    }

    private static Annotated greeting(String id, String day, String addressee, String occasion) {
        String body = "Tarn Velo, president of the assembly, sent a message of greeting to " + addressee
                + ", on the occasion of " + occasion + ".";
        return report(id, day, null, EventType.SUPPORT, "Tarn Velo", null, body, "sent a message of greeting", "sent");
    }

    @Test
    void oneSendersGreetingsToTwoAddresseesOnOneDayAreTwoMessages() {
        Connected c = Connector.connect(List.of(greeting("a", "2024-04-26", "Ama Kesi, president of Peru",
                "its independence day"), greeting("b", "2024-04-26", "Juno Rell, president of Chile", "its independence day")));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void oneGreetingToOneAddresseeReportedTwiceIsOneMessage() {
        Connected c = Connector.connect(List.of(greeting("a", "2024-04-26", "Ama Kesi, president of Peru",
                "its independence day"), greeting("b", "2024-04-27", "Ama Kesi, president of Peru", "its independence day")));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void oneSendersLikeMessagesWeeksApartAreTwoMessages() {
        Connected c = Connector.connect(List.of(greeting("a", "2024-04-02", "a veteran of the war", "his birthday"),
                greeting("b", "2024-04-20", "a veteran of the war", "his birthday")));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void aMessageReceivedAndAMessageSentAreTwoMessages() {
        Annotated received = report("a", "2024-03-26", null, EventType.SUPPORT, "Tarn Velo", null,
                "Tarn Velo received a letter of greeting from the members of the veterans' league.",
                "received a letter of greeting", "received");
        Annotated sent = report("b", "2024-03-27", null, EventType.SUPPORT, "Tarn Velo", null,
                "Tarn Velo sent a letter of greeting to all the workers of the railway.", "sent a letter of greeting", "sent");
        Connected c = Connector.connect(List.of(received, sent));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    private static Annotated visit(String id, String day, String what, String trigger) {
        String body = "The delegation led by Orla Minde, chairwoman of the league, " + what + ".";
        return report(id, day, day, EventType.CONSULT, "Orla Minde", "Peru", body, what, trigger);
    }

    @Test
    void aDelegationsArrivalAndItsTributeAtAMonumentAreTwoHappenings() {
        Connected c = Connector.connect(List.of(visit("a", "2024-05-20", "arrived here on Monday", "arrived"),
                visit("b", "2024-05-20", "visited the statues on the hill to pay tribute on Monday", "visited")));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void twoReportsOfOneSiteVisitAreOneHappening() {
        Connected c = Connector.connect(List.of(visit("a", "2024-05-21", "visited the statues on the hill", "visited"),
                visit("b", "2024-05-21", "visited the statues on the hill to pay tribute", "visited")));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void theKindOfADeedIsReadFromItsTriggerThenFromItsClause() {
        assertThat(DeedKind.of("sent", List.of("sent", "a", "message", "of", "greeting"))).isEqualTo(DeedKind.MESSAGE);
        assertThat(DeedKind.of("received", List.of("received", "a", "letter"))).isEqualTo(DeedKind.MESSAGE);
        assertThat(DeedKind.of("left", List.of("left", "for", "home"))).isEqualTo(DeedKind.VISIT);
        assertThat(DeedKind.of("held", List.of("held", "talks", "with"))).isEqualTo(DeedKind.MEETING);
        assertThat(DeedKind.of("staged", List.of("staged", "joint", "drills"))).isEqualTo(DeedKind.MILITARY);
        assertThat(DeedKind.of("praised", List.of("praised", "the", "feats"))).isEqualTo(DeedKind.OTHER);
    }

    @Test
    void theAddresseeIsTheNameAfterToAndTheSenderThePhraseAfterFrom() {
        assertThat(DeedParties.addressee(List.of("a", "message", "to", "the", "dear", "Ama", "Kesi", ",", "president")))
                .containsExactly("ama", "kesi");
        assertThat(DeedParties.addressee(List.of("a", "message", "to", "express", "thanks"))).isNull();
        assertThat(DeedParties.sender(List.of("a", "letter", "from", "the", "members", "of", "the", "league", "on", "Monday")))
                .containsExactly("members", "of", "the", "league");
        assertThat(DeedParties.same(List.of("president", "ama", "kesi"), List.of("ama", "kesi"))).isTrue();
        assertThat(DeedParties.same(List.of("ama", "kesi"), List.of("juno", "rell"))).isFalse();
    }

    @Test
    void whatAVisitWentToIsTheTripOrASiteWithinIt() {
        assertThat(DeedParties.visited(List.of("here", "on", "Monday"))).isEqualTo(DeedParties.TRIP);
        assertThat(DeedParties.visited(List.of("Peru", "on", "Monday"))).isEqualTo(DeedParties.TRIP);
        assertThat(DeedParties.visited(List.of("the", "statues", "on", "the", "hill"))).isEqualTo("statues");
    }

    @Test
    void aCrowdOrADescriptionNamesNoOne() {
        assertThat(DeedEvidence.specific("The Korean people")).isFalse();
        assertThat(DeedEvidence.specific("Newspapers")).isFalse();
        assertThat(DeedEvidence.specific("officials")).isFalse();
        assertThat(DeedEvidence.specific("Workers' Party of Korea")).isTrue();
        assertThat(DeedEvidence.specific("Tarn Velo")).isTrue();
    }

    @Test
    void twoPapersOfOneStateCarryingLikeArticlesAreTwoDeeds() {
        Annotated a = report("a", "2024-02-15", null, EventType.SUPPORT, "Peru", "Tarn Velo",
                "The Peruvian paper El Faro carried an article on the life of Tarn Velo, the benevolent leader.",
                "The Peruvian paper El Faro carried an article on the life of Tarn Velo", "carried");
        Annotated b = report("b", "2024-02-16", null, EventType.SUPPORT, "Peru", "Tarn Velo",
                "The Peruvian National Radio carried an article on the life of Tarn Velo, the benevolent leader.",
                "The Peruvian National Radio carried an article on the life of Tarn Velo", "carried");
        Connected c = Connector.connect(List.of(a, b));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void aTalkAndAVisitOfOneDayAreTwoDeeds() {
        Connected c = Connector.connect(List.of(
                visit("a", "2024-05-20", "held talks with the hosts on Monday", "talks"),
                visit("b", "2024-05-20", "visited the hosts on Monday", "visited")));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void aVisitNamedByItsNounWentWhereItsToSays() {
        assertThat(DeedParties.visitedBy(List.of("paid", "by", "the", "leader", ",", "to", "the", "Tank", "Division")))
                .isEqualTo("tank division");
        assertThat(DeedParties.visitedBy(List.of("to", "express", "thanks"))).isEqualTo(DeedParties.TRIP);
        assertThat(DeedParties.visitedBy(List.of("to", "Peru"))).isEqualTo(DeedParties.TRIP);
        assertThat(DeedParties.sameObject("tank division", "tank division of the army")).isTrue();
        assertThat(DeedParties.sameObject("tank division", DeedParties.TRIP)).isFalse();
    }

    @Test
    void aWordOfATitleTellsNoKindOfDeed() {
        assertThat(DeedKind.of("made", DeedKind.lowerWords("made public his work \"On Meeting the Needs of the Age\"")))
                .isEqualTo(DeedKind.OTHER);
    }
}
