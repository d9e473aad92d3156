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
 * What a leader received and what he sent in reply are two acts, though both are coded with him as actor and tell
 * of the same messages; two reports of what he received stay one (invented reports).
 */
class SentAndReceivedTest {
    private static final List<Participant> LEADER = List.of(p("Anna Velde", "RUR"));

    private static Annotated report(String id, String published, String body, String phrase, String trigger) {
        Article a = article(id, published, "Item", body);
        Event e = event(a, "e1", EventType.SUPPORT, LEADER, List.of(), null, null, EventStatus.OCCURRED, phrase)
                .toBuilder().trigger(trigger).build();
        return annotated(a, List.of(), e);
    }

    @Test
    void messagesReceivedAndMessagesSentInReplyAreTwoActs() {
        Connected c = Connector.connect(List.of(
                report("a", "2024-02-02", "Anna Velde received New Year cards from foreign party and state leaders on "
                        + "the New Year.", "Anna Velde received New Year cards", "received"),
                report("b", "2024-02-05", "Anna Velde sent New Year cards to foreign party and state leaders on the "
                        + "New Year.", "Anna Velde sent New Year cards", "sent")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void twoReportsOfCardsReceivedStayOne() {
        Connected c = Connector.connect(List.of(
                report("a", "2024-02-02", "Anna Velde received New Year cards from foreign party and state leaders on "
                        + "the New Year.", "Anna Velde received New Year cards", "received"),
                report("b", "2024-02-05", "Anna Velde received New Year cards from foreign party and state leaders on "
                        + "the New Year.", "Anna Velde received New Year cards", "received")));
        assertThat(c.events()).hasSize(1);
    }
}
