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
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * A military act coded once with a state and once with the state's own troops is one act of one side ({@link
 * ArmedSides}): the two reports meet as candidates of one story, and the usual evidence decides (invented reports).
 */
class AStateAndItsOwnTroopsTest {
    private static final List<Entity> NAMES = List.of(state("Velmar", "VLM"), person("Ana Lind", "NOR", null),
            person("Eva Holm", "NOR", null), person("Jon Berg", "NOR", null));

    private static Annotated killing(String id, String day, String body, String phrase, Participant actor, String victim) {
        Article a = article(id, day, "Accident", body);
        Event e = event(a, "e1", EventType.ASSAULT, List.of(actor), List.of(new Participant(victim, "NOR", null)),
                day, null, EventStatus.OCCURRED, phrase).toBuilder().trigger("killed").build();
        // dated by its publication only: the text names no day
        return new Annotated(a, NAMES, List.of(), List.of(), List.of(e));
    }

    private static final Participant VELMAR = p("Velmar", "VLM");
    private static final Participant VELMAR_TROOPS = new Participant("Velmar occupation troops", "VLM", "MIL");

    @Test
    void aKillingToldOfTheStateAndOfItsTroopsIsOneKilling() {
        Connected c = Connector.connect(List.of(
                killing("a", "2024-06-09", "Ten years have passed since Ana Lind was killed by a Velmar armored car.",
                        "Ana Lind was killed by a Velmar armored car", VELMAR, "Ana Lind"),
                killing("b", "2024-06-13", "A radio recalled that Ana Lind was killed by an armored car of Velmar occupation troops.",
                        "Ana Lind was killed by an armored car of Velmar occupation troops", VELMAR_TROOPS, "Ana Lind")));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void theTroopsToldFirstAreFoundByTheStateToldLater() {
        Connected c = Connector.connect(List.of(
                killing("b", "2024-06-09", "A radio recalled that Ana Lind was killed by an armored car of Velmar occupation troops.",
                        "Ana Lind was killed by an armored car of Velmar occupation troops", VELMAR_TROOPS, "Ana Lind"),
                killing("a", "2024-06-13", "Ten years have passed since Ana Lind was killed by a Velmar armored car.",
                        "Ana Lind was killed by a Velmar armored car", VELMAR, "Ana Lind")));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void twoKillingsOfOneSideStayTwo() {
        Connected c = Connector.connect(List.of(
                killing("a", "2024-06-09", "Ten years have passed since Ana Lind was killed by a Velmar armored car.",
                        "Ana Lind was killed by a Velmar armored car", VELMAR, "Ana Lind"),
                killing("b", "2024-06-13", "A radio recalled that Jon Berg was shot dead by Velmar occupation troops at a checkpoint.",
                        "Jon Berg was shot dead by Velmar occupation troops at a checkpoint", VELMAR_TROOPS, "Jon Berg")));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void theTroopsToldTwiceStayOneWhenTheStateIsJoined() {
        // the second and third reports tell the killing alike and were one before the rule; the first shares little
        // with the third, which must not be left behind when the second is found to be the state's killing
        Connected c = Connector.connect(List.of(
                killing("a", "2024-06-09", "Ten years have passed since Ana Lind was killed by a Velmar armored car.",
                        "Ana Lind was killed by a Velmar armored car", VELMAR, "Ana Lind"),
                killing("b", "2024-06-13", "A radio recalled that Ana Lind was killed by an armored car of Velmar occupation troops on a bridge near Oskar.",
                        "Ana Lind was killed by an armored car of Velmar occupation troops on a bridge near Oskar", VELMAR_TROOPS, "Ana Lind"),
                killing("c", "2024-06-14", "Mourners gathered on the bridge near Oskar where Velmar occupation troops crushed Ana Lind.",
                        "Mourners gathered on the bridge near Oskar where Velmar occupation troops crushed Ana Lind", VELMAR_TROOPS, "Ana Lind")));
        assertThat(storyOf(c, "b", "e1")).isEqualTo(storyOf(c, "c", "e1"));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void troopsThatNameNoStateAreNoSide() {
        assertThat(DeedEvidence.forceOfState("the troops")).isFalse();
        assertThat(DeedEvidence.forceOfState("Velmar occupation troops")).isTrue();
    }
}
