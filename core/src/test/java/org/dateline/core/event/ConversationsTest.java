package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** Consultations newspapers write as conversations: "spoke with", "had conversations / discussions with". Invented. */
class ConversationsTest {
    private static boolean consulted(List<Event> events, String a, String b) {
        return events.stream().filter(e -> e.type() == EventType.CONSULT).anyMatch(e -> {
            var all = new java.util.ArrayList<>(e.actors());
            all.addAll(e.recipients());
            return all.stream().anyMatch(p -> a.equals(p.country())) && all.stream().anyMatch(p -> b.equals(p.country()));
        });
    }

    @Test void speakingWithAForeignLeaderIsAConsultation() {
        assertThat(consulted(GoldEvents.codeStory("The Chilean president spoke with his Peruvian counterpart on Sunday."),
                "CHL", "PER")).isTrue();
    }

    @Test void conversationsHadWithSomeoneAreAConsultation() {
        assertThat(consulted(GoldEvents.codeStory(
                "Norway's foreign minister had several conversations with Indonesian officials last week."), "NOR", "IDN")).isTrue();
    }

    @Test void discussionsHeldWithSomeoneAreAConsultation() {
        assertThat(consulted(GoldEvents.codeStory(
                "Vietnamese negotiators held discussions with Thai officials in Hanoi on Monday."), "VNM", "THA")).isTrue();
    }

    @Test void aDiscussionNoOneHadIsNoConsultation() {
        assertThat(GoldEvents.codeStory("The Austrian minister said the discussion about Slovak energy prices was useful."))
                .noneMatch(e -> e.type() == EventType.CONSULT && e.trigger().equals("discussion"));
    }
}
