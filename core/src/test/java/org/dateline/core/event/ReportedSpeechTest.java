package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Events told in reported speech keep their own actors and carry who told of them ({@code reportedBy}): "X said Y
 * had attacked Z", "Y attacked Z, X said", "according to X". Invented sentences.
 */
class ReportedSpeechTest {
    private static Event first(EventType type, List<Event> es) {
        return es.stream().filter(e -> e.type() == type).findFirst().orElseThrow(() -> new AssertionError(GoldEvents.describe(es)));
    }

    @Test void anAttackToldInAThatClauseIsTheAttackersWithTheSpeakerKept() {
        List<Event> es = GoldEvents.codeStory("The Malian army said Tuareg rebels had attacked a garrison near Kidal on Monday.");
        Event attack = first(EventType.ASSAULT, es);
        assertThat(attack.actors()).anyMatch(p -> "REB".equals(p.sector()));
        assertThat(attack.reportedBy()).isNotNull();
        assertThat(attack.reportedBy().country()).isEqualTo("MLI");
    }

    @Test void aSpeakerSetBesideTheClauseIsKept() {
        List<Event> es = GoldEvents.codeStory("Gunmen attacked a police convoy in Zamfara on Sunday, Nigerian officials said.");
        assertThat(first(EventType.ASSAULT, es).reportedBy()).isNotNull();
    }

    @Test void accordingToNamesTheSpeaker() {
        List<Event> es = GoldEvents.codeStory("According to the Ethiopian government, Eritrean troops shelled a border town on Friday.");
        Event attack = first(EventType.ASSAULT, es);
        assertThat(attack.actors()).anyMatch(p -> "ERI".equals(p.country()));
        assertThat(attack.reportedBy()).isNotNull();
        assertThat(attack.reportedBy().country()).isEqualTo("ETH");
    }

    @Test void anEventTheTextTellsInItsOwnVoiceHasNoSpeaker() {
        List<Event> es = GoldEvents.codeStory("Eritrean troops shelled an Ethiopian border town on Friday.");
        assertThat(first(EventType.ASSAULT, es).reportedBy()).isNull();
    }
}
