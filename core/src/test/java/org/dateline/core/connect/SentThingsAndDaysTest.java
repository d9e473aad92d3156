package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.time.LocalDate;
import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/** What was sent, and the day a weekday names, tell two acts of one sender apart. */
class SentThingsAndDaysTest {
    /** An article with one event the events stage left on its publication day. */
    private static Annotated undated(Article a, EventType type, List<Participant> actors, List<Participant> recipients,
                                     String phrase) {
        Event e = event(a, "e1", type, actors, recipients, a.publicationDate(), null, EventStatus.OCCURRED, phrase);
        return new Annotated(a, List.of(), List.of(), List.of(), List.of(e));
    }

    private static final List<Participant> MINISTER = List.of(p("Anna Velde", "RUR"));

    @Test
    void aMessageAndAWreathOfOneSenderAreTwoActs() {
        Article a = article("a", "2024-03-04", "Condolences", "Anna Velde sent a message of condolences on the death of the former president of Velmar.");
        Article b = article("b", "2024-03-08", "Wreath", "Anna Velde sent a wreath to express condolences on the death of the former president of Velmar.");
        Connected c = Connector.connect(List.of(
                undated(a, EventType.SUPPORT, MINISTER, List.of(), "Anna Velde sent a message of condolences"),
                undated(b, EventType.SUPPORT, MINISTER, List.of(), "Anna Velde sent a wreath")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void aGreetingAndACondolenceMessageToOnePresidentAreTwoMessages() {
        Article a = article("a", "2024-03-04", "Greeting", "Anna Velde sent a message of greeting to the president of Velmar on its national day.");
        Article b = article("b", "2024-03-09", "Condolence", "Anna Velde sent a message to the president of Velmar expressing condolences over the death of its former premier.");
        var president = List.of(p("Oskar Lind", "VEL"));
        Connected c = Connector.connect(List.of(
                undated(a, EventType.SUPPORT, MINISTER, president, "Anna Velde sent a message of greeting"),
                undated(b, EventType.SUPPORT, MINISTER, president, "Anna Velde sent a message")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void condolencesExpressedAndAMessageOfCondolencesCanBeOneAct() {
        Article a = article("a", "2024-03-04", "Condolences", "Anna Velde expressed deep condolences over the death of the former president of Velmar.");
        Article b = article("b", "2024-03-05", "Message", "The embassy received a message of condolences from Anna Velde over the death of the former president of Velmar.");
        Connected c = Connector.connect(List.of(
                undated(a, EventType.SUPPORT, MINISTER, List.of(), "Anna Velde expressed deep condolences"),
                undated(b, EventType.SUPPORT, MINISTER, List.of(), "received a message of condolences")));
        assertThat(c.events()).hasSize(1);
    }

    @Test
    void thingsOfOneKindAgreeWhateverTheirNumber() {
        var one = Tokens.kindsIn(Tellings.words("He laid a wreath and sent a letter of sympathy"));
        var other = Tokens.kindsIn(Tellings.words("wreaths were laid"));
        assertThat(Tokens.disagree(one, other)).isFalse();
        assertThat(Tokens.disagree(other, Tokens.kindsIn(Tellings.words("a floral basket was laid")))).isTrue();
        assertThat(Tokens.disagree(one, Tokens.kindsIn(Tellings.words("they expressed sympathy")))).isFalse();
    }

    @Test
    void aWeekdayCountsBackFromThePublicationDay() {
        LocalDate saturday = LocalDate.of(2024, 3, 9);
        assertThat(Weekdays.named(Tellings.words("troops raided the camp early Tuesday"), saturday))
                .contains(LocalDate.of(2024, 3, 5));
        assertThat(Weekdays.named(Tellings.words("the talks ended on Saturday"), saturday)).contains(saturday);
        assertThat(Weekdays.named(Tellings.words("they met on Monday and again on Friday"), saturday)).isEmpty();
        assertThat(Weekdays.named(Tellings.words("they meet again next Monday"), saturday)).isEmpty();
    }

    @Test
    void twoStrikesOnOneHouseNamedByDifferentDaysAreTwoStrikes() {
        Article a = article("a", "2024-03-06", "Strike", "A drone fired two missiles at a house near Dorvik on March 1, killing three people.");
        Article b = article("b", "2024-03-09", "Strike", "Four people were killed early Tuesday as drones fired two missiles at a house near Dorvik.");
        var drones = List.of(p("Ruritania", "RUR"));
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.ASSAULT, drones, List.of(), "2024-03-01", null, EventStatus.OCCURRED, "A drone fired two missiles at a house")),
                undated(b, EventType.ASSAULT, drones, List.of(), "as drones fired two missiles at a house")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void theDayOfTheClauseThatGovernsAVisitIsNotTheVisitsDay() {
        Article a = article("a", "2024-03-04", "Delegation leaves", "A trade delegation led by Anna Velde left on Monday to visit Velmar.");
        Article b = article("b", "2024-03-09", "Delegation back", "A trade delegation led by Anna Velde returned home on Saturday after visiting Velmar.");
        var host = List.of(p("Velmar", "VEL"));
        Connected c = Connector.connect(List.of(
                undated(a, EventType.CONSULT, MINISTER, host, "to visit Velmar"),
                undated(b, EventType.CONSULT, MINISTER, host, "after visiting Velmar")));
        assertThat(c.events()).hasSize(1);
    }

    @Test
    void aSecondVerbJoinedByAndTakesTheDayOfTheFirst() {
        Article a = article("a", "2024-03-05", "Arrests", "Ruritanian troops arrested four farmers early Sunday in villages near Dorvik.");
        Article b = article("b", "2024-03-08", "Demolition", "Ruritanian troops demolished on Tuesday a barn near Dorvik and arrested four farmers.");
        var troops = List.of(p("Ruritanian troops", "RUR"));
        var farmers = List.of(p("Velmar", "VEL"));
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.COERCE, troops, farmers, "2024-03-03", null, EventStatus.OCCURRED,
                        "Ruritanian troops arrested four farmers early Sunday")),
                undated(b, EventType.COERCE, troops, farmers, "arrested four farmers")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void onlyACoordinatedVerbTakesTheDayOfTheClauseBeforeIt() {
        assertThat(EventMention.hangsOn(Tellings.words("arrested four farmers"),
                Tellings.words("troops demolished on Tuesday a barn and"))).isTrue();
        assertThat(EventMention.hangsOn(Tellings.words("visiting Velmar"),
                Tellings.words("returned home on Saturday after"))).isFalse();
        assertThat(EventMention.hangsOn(Tellings.words("to visit Velmar"), Tellings.words("left on Monday"))).isFalse();
    }

    @Test
    void aDecorationIsReadByItsNameNotByEveryOrder() {
        assertThat(Tokens.kindsIn("The Order of Merit of Velmar went to the envoy.").get(0)).containsExactly(Tokens.HONOUR);
        assertThat(Tokens.kindsIn("The envoy came in order to Strengthen ties.").get(0)).isEmpty();
        assertThat(Tokens.kindsIn("They defended the world order of Nations.").get(0)).isEmpty();
        assertThat(Tokens.kindsIn("Order of the day: the envoy arrived.").get(0)).isEmpty();
    }

    @Test
    void aGiftHandedOverByAGuestAndADecorationConferredOnHimAreTwoActs() {
        Article a = article("a", "2024-03-04", "Gift", "The gift was handed over to the premier of Velmar by Mara Velk, who is on a visit to Velmar.");
        Article b = article("b", "2024-03-04", "Decoration", "The Order of Merit of Velmar went to Mara Velk, the visiting envoy.");
        var guest = List.of(p("Mara Velk", "RUR"));
        var host = List.of(p("Velmar", "VEL"));
        Connected c = Connector.connect(List.of(
                undated(a, EventType.CONSULT, guest, host, "The gift was handed over"),
                undated(b, EventType.CONSULT, host, guest, "The Order of Merit of Velmar went to Mara Velk")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void whatAVisitOrAnArrivalIsForTakesItsDayButWhatADepartureIsForDoesNot() {
        List<String> visited = Tellings.words("The delegation visited the memorial hall on Saturday");
        assertThat(EventMention.aimOfPresence(Tellings.words("to pay homage to the late president"), visited)).isTrue();
        assertThat(EventMention.aimOfPresence(Tellings.words("to pay homage"), Tellings.words("The delegation left on Saturday"))).isFalse();
        assertThat(EventMention.aimOfPresence(Tellings.words("paid homage"), visited)).isFalse();
        // Friday's homage at a statue, and Saturday's at the hall, which the events stage left undated
        Article a = article("a", "2024-03-09", "Statue", "Anna Velde paid homage to the late president at his statue in Norden on Friday.");
        Article b = article("b", "2024-03-11", "Hall", "Anna Velde visited the memorial hall on Saturday to pay homage to the late president.");
        var guest = List.of(p("Anna Velde", "RUR"));
        var president = List.of(p("Oskar Lind", "VEL"));
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.SUPPORT, guest, president, "2024-03-08", null,
                        EventStatus.OCCURRED, "Anna Velde paid homage to the late president")),
                undated(b, EventType.SUPPORT, guest, president, "to pay homage to the late president")));
        assertThat(c.events()).hasSize(2);
    }
}
