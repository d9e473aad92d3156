package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.ArrayList;
import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * One sender does many alike things on one day: greets two prime ministers, is sent condolences by two parties whose
 * committee the coder names alike, rejects one thing in an interview and another at a press conference. The states
 * its clauses name, and where it spoke, tell the acts apart (invented reports).
 */
class TwoActsOfOneSenderTest {
    private static final List<Participant> PREMIER = List.of(p("Anna Velde", "VLM"));

    /** The named mentions of a body, each found where it is written, with its state. */
    private static List<Entity> named(Article a, String... textAndState) {
        List<Entity> out = new ArrayList<>();
        for (int i = 0; i < textAndState.length; i += 2) {
            String text = textAndState[i];
            int at = a.body().indexOf(text);
            if (at < 0) throw new IllegalArgumentException(text);
            out.add(new Entity(text, EntityType.COUNTRY, at, at + text.length(), text, textAndState[i + 1], "GOV", null, 0));
        }
        return out;
    }

    /** An article whose one event the text dates (a time expression states its day). */
    private static Annotated dated(Article a, List<Entity> entities, EventType type, List<Participant> actors,
                                   List<Participant> recipients, String day, String phrase) {
        return annotated(a, entities, event(a, "e1", type, actors, recipients, day, null,
                EventStatus.OCCURRED, phrase));
    }

    @Test
    void greetingsOfOnePremierToTwoPrimeMinistersOnOneDayAreTwoMessages() {
        Article a = article("a", "2024-05-02", "Greeting", "Premier Anna Velde sent a message of greeting to the Prime "
                + "Minister of Norland on Thursday on the national day of Norland.");
        Article b = article("b", "2024-05-02", "Greeting", "Premier Anna Velde sent a message of greeting to the Prime "
                + "Minister of Sudmark on Thursday on the national day of Sudmark.");
        Connected c = Connector.connect(List.of(
                // the coder found no recipient in the first, the prime minister of the state in the second
                dated(a, named(a, "Norland", "NRL"), EventType.SUPPORT, PREMIER, List.of(), "2024-05-02",
                        "Anna Velde sent a message of greeting to the Prime Minister of Norland"),
                dated(b, named(b, "Sudmark", "SDM"), EventType.SUPPORT, PREMIER, List.of(p("Prime Minister", "SDM")),
                        "2024-05-02", "Anna Velde sent a message of greeting to the Prime Minister of Sudmark")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void condolencesFromTheCommitteesOfTwoForeignPartiesAreTwoMessages() {
        Article a = article("a", "2024-05-03", "Condolences", "The Central Committee of the Norland Labour Party sent a "
                + "message of condolences to the Velmar Unity Party on Monday over the death of its chairman.");
        Article b = article("b", "2024-05-06", "Condolences", "The Velmar Unity Party received a message of condolences "
                + "from the Central Committee of the Sudmark Socialist Party on Monday.");
        var committee = List.of(p("Central Committee", null));
        var party = List.of(p("Velmar Unity Party", "VLM"));
        Connected c = Connector.connect(List.of(
                dated(a, named(a, "Norland Labour Party", "NRL", "Velmar Unity Party", "VLM"), EventType.SUPPORT,
                        committee, party, "2024-04-29", "The Central Committee of the Norland Labour Party sent a message "
                                + "of condolences to the Velmar Unity Party"),
                dated(b, named(b, "Velmar Unity Party", "VLM", "Sudmark Socialist Party", "SDM"), EventType.SUPPORT,
                        committee, party, "2024-04-29", "The Velmar Unity Party received a message of condolences from "
                                + "the Central Committee of the Sudmark Socialist Party")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void aClauseNamingNoOtherStateStillJoinsTheReportThatNamesOne() {
        Article a = article("a", "2024-05-02", "Visit", "Anna Velde arrived in Norland on Thursday for a visit to "
                + "Norland and Sudmark.");
        Article b = article("b", "2024-05-03", "Visit", "Anna Velde began her visit to Norland on Thursday, the "
                + "ministry said.");
        var host = List.of(p("Norland", "NRL"));
        Connected c = Connector.connect(List.of(
                dated(a, named(a, "Norland", "NRL", "Sudmark", "SDM"), EventType.CONSULT, PREMIER, host, "2024-05-02",
                        "a visit to Norland and Sudmark"),
                dated(b, named(b, "Norland", "NRL"), EventType.CONSULT, PREMIER, host, "2024-05-02",
                        "Anna Velde began her visit to Norland on Thursday")));
        assertThat(c.events()).hasSize(1);
    }

    @Test
    void whatAnEnvoyRejectedInAnInterviewAndAtAPressConferenceAreTwoRejections() {
        Article a = article("a", "2024-05-08", "Envoy", "The Norland envoy to the agency in a recent interview with a "
                + "radio station rejected the agency's report on Norland's reactor.");
        Article b = article("b", "2024-05-09", "Envoy", "The Norland envoy to the agency strongly rejected the threats "
                + "against Norland's reactor at a press conference on Tuesday.");
        var envoy = List.of(p("Norland", "NRL"));
        Event first = event(a, "e1", EventType.REJECT, envoy, List.of(p("Reactor Agency", "IGO")), "2024-05-08", null,
                EventStatus.OCCURRED, "rejected the agency's report on Norland's reactor");
        Connected c = Connector.connect(List.of(
                // the first is dated only by its publication day (no time expression), the second on Tuesday
                new Annotated(a, List.of(), List.of(), List.of(), List.of(first)),
                dated(b, List.of(), EventType.REJECT, envoy, List.of(), "2024-05-07",
                        "The Norland envoy to the agency strongly rejected the threats against Norland's reactor")));
        assertThat(c.events()).hasSize(2);
    }
}
