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
 * The form a sender's act took (a decision adopted, a write-up carried) sets it apart from the things
 * the same sender sent on the same occasion, as a message and a wreath are apart; a sentence naming two forms joins
 * a report of either; the moves of a trip (arrival, departure, return) are one kind beside talks (invented reports).
 */
class FormsAnActTookTest {
    private static final List<Participant> COMMITTEE = List.of(p("Standing Committee of the Velmar League", "VEL"));
    private static final List<Participant> LEADER = List.of(p("Anna Velde", "VEL"));

    /** An article with one event the events stage left on its publication day. */
    private static Annotated undated(Article a, EventType type, List<Participant> actors, List<Participant> recipients,
                                     String phrase) {
        Event e = event(a, "e1", type, actors, recipients, a.publicationDate(), null, EventStatus.OCCURRED, phrase);
        return new Annotated(a, List.of(), List.of(), List.of(), List.of(e));
    }

    @Test
    void aDecisionOnMourningAndTheWreathOfTheSameCommitteeAreTwoActs() {
        Article a = article("a", "2024-03-04", "Mourning", "The Standing Committee of the Velmar League adopted a "
                + "decision on mourning the death of the former president.");
        Article b = article("b", "2024-03-08", "Wreath", "The Standing Committee of the Velmar League sent a wreath "
                + "to express deep condolences on the death of the former president.");
        Connected c = Connector.connect(List.of(
                undated(a, EventType.SUPPORT, COMMITTEE, List.of(), "adopted a decision on mourning"),
                undated(b, EventType.SUPPORT, COMMITTEE, List.of(), "sent a wreath")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void aPapersWriteUpAndTheMessagesOfItsCountrysLeadersAreTwoActs() {
        Article a = article("a", "2024-03-06", "Messages", "The new chairman received messages of condolences from "
                + "Velmar party leaders on Tuesday.");
        Article b = article("b", "2024-03-06", "Write-up", "The Velmar paper Morning Star on Tuesday carried a special "
                + "write-up praising the new chairman.");
        var velmar = List.of(p("Velmar", "VEL"));
        var chairman = List.of(p("Oskar Lind", "NRL"));
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.SUPPORT, velmar, chairman, "2024-03-05", null,
                        EventStatus.OCCURRED, "received messages of condolences")),
                annotated(b, List.of(), event(b, "e1", EventType.SUPPORT, velmar, chairman, "2024-03-05", null,
                        EventStatus.OCCURRED, "carried a special write-up"))));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void aLeadersReplyMessageAndHisVisitOfTheSameWeeksAreTwoActs() {
        Article a = article("a", "2024-03-04", "Reply", "Anna Velde sent a reply message to the president of Norland.");
        Article b = article("b", "2024-03-09", "Visit", "Anna Velde visited northern Norland this month to boost the "
                + "friendship.");
        Connected c = Connector.connect(List.of(
                undated(a, EventType.SUPPORT, LEADER, List.of(), "sent a reply message"),
                undated(b, EventType.SUPPORT, LEADER, List.of(), "visited northern Norland")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void aWreathLaidDuringAVisitIsTheWreathAReportNamesAlone() {
        Article a = article("a", "2024-03-06", "Wreath", "Anna Velde laid a wreath at the Norland war memorial on "
                + "Tuesday during her visit to Norland.");
        Article b = article("b", "2024-03-07", "Wreath", "Anna Velde laid a wreath at the Norland war memorial on "
                + "Tuesday.");
        var norland = List.of(p("Norland", "NRL"));
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.SUPPORT, LEADER, norland, "2024-03-05", null,
                        EventStatus.OCCURRED, "laid a wreath at the Norland war memorial")),
                annotated(b, List.of(), event(b, "e1", EventType.SUPPORT, LEADER, norland, "2024-03-05", null,
                        EventStatus.OCCURRED, "laid a wreath at the Norland war memorial"))));
        assertThat(c.events()).hasSize(1);
    }

    @Test
    void aSentenceNamingTwoFormsSharesOneWithEach() {
        var both = Tokens.kindsIn(Tellings.words("The paper carried an article with the message"));
        assertThat(Tokens.disagree(both, Tokens.kindsIn(Tellings.words("he sent a message")))).isFalse();
        assertThat(Tokens.disagree(both, Tokens.kindsIn(Tellings.words("the article said")))).isFalse();
        assertThat(Tokens.disagree(Tokens.kindsIn(Tellings.words("the committee adopted a decision")),
                Tokens.kindsIn(Tellings.words("the committee sent a wreath")))).isTrue();
        assertThat(Tokens.disagree(Tokens.kindsIn(Tellings.words("the paper carried a write-up")),
                Tokens.kindsIn(Tellings.words("party leaders sent messages")))).isTrue();
    }

    @Test
    void anArrivalForAVisitAndTalksHeldDuringTheStayAreTwoHappenings() {
        Article a = article("a", "2024-05-02", "Arrival", "Premier Anna Velde arrived in Norport on Thursday to pay an "
                + "official goodwill visit to Norland.");
        Article b = article("b", "2024-05-03", "Talks", "Premier Anna Velde, who is on an official goodwill visit to "
                + "Norland, met and had friendly talks with the presidents of Sudmark and Ostland in Norport on Friday.");
        var norland = List.of(p("Norland", "NRL"));
        Connected c = Connector.connect(List.of(
                undated(a, EventType.CONSULT, LEADER, norland, "arrived in Norport on Thursday to pay an official "
                        + "goodwill visit to Norland"),
                undated(b, EventType.CONSULT, LEADER, norland, "who is on an official goodwill visit to Norland")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void theMovesOfOneTripAreOneKindAndTalksAnother() {
        var arrival = Tokens.kindsIn(Tellings.words("the delegation arrived here by air"));
        assertThat(Tokens.disagree(arrival, Tokens.kindsIn(Tellings.words("the delegation returned home")))).isFalse();
        assertThat(Tokens.disagree(arrival, Tokens.kindsIn(Tellings.words("they held talks")))).isTrue();
        assertThat(Tokens.disagree(Tokens.kindsIn(Tellings.words("she arrived for talks with the premier")),
                Tokens.kindsIn(Tellings.words("they held talks")))).isFalse();
    }
}
