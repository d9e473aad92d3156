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
 * A named exercise told while it goes on ("the Northern Shield joint military exercises being staged by ...") is the
 * exercise whose start another report dated: a drill of a fortnight is news on each of its days.
 */
class ANamedExerciseUnderWayTest {
    private static final List<Entity> NAMES = List.of(state("United States", "USA"), state("Norway", "NOR"),
            body("Northern Shield"), body("Southern Shield"));

    private static Annotated dated(String id, String day, String body, String phrase, String date, Participant... actors) {
        Article a = article(id, day, "Drill", body);
        return annotated(a, NAMES, event(a, "e1", EventType.COOPERATE, List.of(actors), List.of(), date, null,
                EventStatus.OCCURRED, phrase));
    }

    /** A report the events stage dated by its publication day, the text naming no day. */
    private static Annotated undated(String id, String day, String body, String phrase, Participant... actors) {
        Article a = article(id, day, "Drill", body);
        Event e = event(a, "e1", EventType.COOPERATE, List.of(actors), List.of(), day, null, EventStatus.OCCURRED, phrase);
        return new Annotated(a, NAMES, List.of(), List.of(), List.of(e));
    }

    @Test
    void anExerciseToldWhileUnderWayIsTheExerciseThatBegan() {
        Connected c = Connector.connect(List.of(
                dated("a", "2024-03-12", "The United States and Norway kicked off the Northern Shield joint military exercises on March 11.",
                        "kicked off the Northern Shield joint military exercises on March 11", "2024-03-11",
                        p("United States", "USA"), p("Norway", "NOR"), p("Northern Shield", null)),
                undated("b", "2024-03-16", "The Northern Shield joint military exercises being staged by the United States and Norway are a threat to the region.",
                        "The Northern Shield joint military exercises being staged by the United States and Norway",
                        p("United States", "USA"), p("Norway", "NOR"), p("Northern Shield", null))));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void theExercisesNameTiesReportsThatTellItInOtherWords() {
        Connected c = Connector.connect(List.of(
                dated("a", "2024-03-12", "The United States and Norway began the Northern Shield drills on March 11.",
                        "began the Northern Shield drills on March 11", "2024-03-11",
                        p("United States", "USA"), p("Norway", "NOR"), p("Northern Shield", null)),
                undated("b", "2024-03-16", "Northern Shield war games staged by the United States and Norway imperil the region.",
                        "Northern Shield war games staged by the United States and Norway",
                        p("United States", "USA"), p("Norway", "NOR"), p("Northern Shield", null))));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void twoNamedExercisesOfTheSameStatesStayTwo() {
        Connected c = Connector.connect(List.of(
                dated("a", "2024-03-12", "The United States and Norway began the Northern Shield drills on March 11.",
                        "began the Northern Shield drills on March 11", "2024-03-11",
                        p("United States", "USA"), p("Norway", "NOR"), p("Northern Shield", null)),
                undated("b", "2024-03-16", "Southern Shield war games staged by the United States and Norway imperil the region.",
                        "Southern Shield war games staged by the United States and Norway",
                        p("United States", "USA"), p("Norway", "NOR"), p("Southern Shield", null))));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void aNameThatHeadsNoHappeningIsNoSuchTie() {
        Connected c = Connector.connect(List.of(
                dated("a", "2024-03-12", "The United States and Norway began drills with the Northern Shield on March 11.",
                        "began drills with the Northern Shield on March 11", "2024-03-11",
                        p("United States", "USA"), p("Norway", "NOR"), p("Northern Shield", null)),
                undated("b", "2024-03-16", "The Northern Shield, the United States and Norway imperil the region by firing.",
                        "The Northern Shield, the United States and Norway imperil the region by firing",
                        p("United States", "USA"), p("Norway", "NOR"), p("Northern Shield", null))));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }
}
