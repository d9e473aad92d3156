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
import org.dateline.model.TimeExpression;
import org.junit.jupiter.api.Test;

/**
 * An arrest of a named person often comes to light months after it was made: "he was recently arrested" is the first
 * news, and a later report dates it "in March". Who was arrested singles the arrest out over those months as over a
 * week ({@link EventMention#arrestComingToLight}), so the undated report reaches back that far; a crowd arrested, or
 * another person, does not (invented reports).
 */
class AnArrestComingToLightTest {
    private static final List<Participant> POLICE = List.of(p("the Norland security authorities", "NOR"));

    private static Annotated arrest(String id, String published, String body, String phrase, String date,
                                    String detained) {
        Article a = article(id, published, "Arrest", body);
        Event e = event(a, "e1", EventType.COERCE, POLICE, List.of(p(detained, "NOR")), date == null ? published : date,
                null, EventStatus.OCCURRED, phrase).toBuilder().trigger("arrested").build();
        List<TimeExpression> timexes = date == null ? List.of()
                : List.of(new TimeExpression("x", "DATE", date, null, e.start(), e.end()));
        return new Annotated(a, List.of(person(detained, "NOR", null)), timexes, List.of(), List.of(e));
    }

    private static final String RECENT = "Wicked traitor Ivo Marten was recently arrested by the Norland security "
            + "authorities, the spokesman said.";
    private static final String IN_MARCH = "Ivo Marten, boss of a smuggling ring, and other men were arrested by the "
            + "Norland security authorities in March this year.";

    @Test
    void aRecentArrestToldFirstIsTheArrestALaterReportDatesMonthsBefore() {
        Connected c = Connector.connect(List.of(
                arrest("a", "2024-07-31", RECENT, "Ivo Marten was recently arrested", null, "Ivo Marten"),
                arrest("b", "2024-08-10", IN_MARCH, "were arrested by the Norland security authorities in March",
                        "2024-03", "Ivo Marten")));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void anArrestDatedFirstIsTheArrestARecentReportTellsMonthsLater() {
        Connected c = Connector.connect(List.of(
                arrest("b", "2024-07-20", IN_MARCH, "were arrested by the Norland security authorities in March",
                        "2024-03", "Ivo Marten"),
                arrest("a", "2024-07-31", RECENT, "Ivo Marten was recently arrested", null, "Ivo Marten")));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void anotherPersonArrestedMonthsLaterIsAnotherArrest() {
        Connected c = Connector.connect(List.of(
                arrest("a", "2024-07-31", "Wicked traitor Ola Brand was recently arrested by the Norland security "
                        + "authorities, the spokesman said.", "Ola Brand was recently arrested", null, "Ola Brand"),
                arrest("b", "2024-08-10", IN_MARCH, "were arrested by the Norland security authorities in March",
                        "2024-03", "Ivo Marten")));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void aCrowdArrestedRecentlyReachesBackNoFurtherThanOtherNews() {
        Connected c = Connector.connect(List.of(
                arrest("a", "2024-07-31", "Several protesters were recently arrested by the Norland security "
                        + "authorities, the spokesman said.", "Several protesters were recently arrested", null,
                        "several protesters"),
                arrest("b", "2024-08-10", "Several protesters and other men were arrested by the Norland security "
                        + "authorities in March this year.", "were arrested by the Norland security authorities in March",
                        "2024-03", "several protesters")));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void anArrestToldAsRecentHalfAYearLaterIsNoLongerTheSame() {
        Connected c = Connector.connect(List.of(
                arrest("b", "2024-01-20", "Ivo Marten, boss of a smuggling ring, and other men were arrested by the "
                        + "Norland security authorities in January this year.",
                        "were arrested by the Norland security authorities in January", "2024-01", "Ivo Marten"),
                arrest("a", "2024-11-30", RECENT, "Ivo Marten was recently arrested", null, "Ivo Marten")));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }
}
