package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * A named exercise the events stage codes as a participant with a state's code ("the Northern Shield joint military
 * exercises" of the United States) is a happening, not a body of that state: the state beside it is still a party,
 * and the report stays the one that names the same states and the exercise without a code.
 */
class ANamedExerciseIsNoPartyTest {
    private static final List<Entity> NAMES = List.of(state("United States", "USA"), state("Norway", "NOR"),
            body("Northern Shield"), body("Northern Command"));

    private static Annotated drill(String id, String day, String body, String phrase, Participant... actors) {
        Article a = article(id, day, "Drill", body);
        return annotated(a, NAMES, event(a, "e1", EventType.COOPERATE, List.of(actors), List.of(), "2024-03-11", null,
                EventStatus.OCCURRED, phrase));
    }

    @Test
    void anExerciseCodedWithTheStateOfOneSideLeavesThatStateAParty() {
        Connected c = Connector.connect(List.of(
                drill("a", "2024-03-12", "The United States and Norway started the Northern Shield joint military exercises on March 11.",
                        "started the Northern Shield joint military exercises on March 11",
                        p("United States", "USA"), p("Norway", "NOR"), p("Northern Shield", "USA")),
                drill("b", "2024-03-13", "The United States and Norway kicked off the Northern Shield joint military exercises on March 11.",
                        "kicked off the Northern Shield joint military exercises on March 11",
                        p("United States", "USA"), p("Norway", "NOR"), p("Northern Shield", null))));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void aCommandOfTheStateIsStillThatStatesSide() {
        Connected c = Connector.connect(List.of(
                drill("a", "2024-03-12", "The United States and Norway started joint military exercises of the Northern Command on March 11.",
                        "started joint military exercises of the Northern Command on March 11",
                        p("United States", "USA"), p("Norway", "NOR"), p("Northern Command", "USA")),
                drill("b", "2024-03-13", "The Northern Command and Norway kicked off joint military exercises on March 11.",
                        "kicked off joint military exercises on March 11",
                        p("Norway", "NOR"), p("Northern Command", "USA"))));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }
}
