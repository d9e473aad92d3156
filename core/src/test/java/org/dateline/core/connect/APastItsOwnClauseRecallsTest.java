package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.ArrayList;
import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.DateModifier;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.TimeExpression;
import org.junit.jupiter.api.Test;

/**
 * A visit recalled in a clause of its own past ("in August 2014", "ten years ago", "the 10th anniversary of the
 * visit") is not this week's visit of the same pair, though the events stage leaves it undated; a past named in
 * another clause of the sentence leaves the report news (invented reports).
 */
class APastItsOwnClauseRecallsTest {
    private static final List<Entity> NAMES = List.of(person("Lena Berg", "NOR", "president"), state("Peru", "PER"));

    /** This week's visit, dated by its text. */
    private static Annotated news(String id, String day, String date, String body, String phrase) {
        Article a = article(id, day, "Visit", body);
        Event e = event(a, "e1", EventType.CONSULT, List.of(p("Lena Berg", "NOR")), List.of(p("Peru", "PER")), date,
                null, EventStatus.OCCURRED, phrase).toBuilder().trigger("visit").build();
        return annotated(a, NAMES, e);
    }

    /** A report the events stage left undated, with a time expression {@code past} of the text {@code pastText}. */
    private static Annotated undated(String id, String day, String body, String phrase, String pastText, String past) {
        Article a = article(id, day, "Visit", body);
        Event e = event(a, "e1", EventType.CONSULT, List.of(p("Lena Berg", "NOR")), List.of(p("Peru", "PER")), day,
                null, EventStatus.OCCURRED, phrase).toBuilder().dateMod(DateModifier.ON_OR_BEFORE).trigger("visit").build();
        List<TimeExpression> timexes = new ArrayList<>();
        timexes.add(new TimeExpression("x", "DATE", day, null, e.start(), e.end()));
        if (pastText != null) {
            int at = body.indexOf(pastText);
            timexes.add(new TimeExpression(pastText, "DATE", past, null, at, at + pastText.length()));
        }
        return new Annotated(a, NAMES, timexes, List.of(), List.of(e));
    }

    private static Annotated thisWeek() {
        return news("a", "2024-08-21", "2024-08-20", "President Lena Berg began a historic visit to Peru on Tuesday.",
                "began a historic visit to Peru on Tuesday");
    }

    @Test
    void aVisitAnAnniversaryMarksIsNotThisWeeksVisit() {
        Connected c = Connector.connect(List.of(thisWeek(), undated("b", "2024-08-22",
                "Papers marked the 10th anniversary of President Lena Berg's historic visit to Peru.",
                "Lena Berg's historic visit to Peru", null, null)));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void aVisitAfterAFrontedPastDateIsNotThisWeeksVisit() {
        Connected c = Connector.connect(List.of(thisWeek(), undated("b", "2024-08-22",
                "In August 2014, President Lena Berg paid a historic visit to Peru.",
                "President Lena Berg paid a historic visit to Peru", "August 2014", "2014-08")));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void aVisitOfYearsAgoIsNotThisWeeksVisit() {
        Connected c = Connector.connect(List.of(thisWeek(), undated("b", "2024-08-22",
                "The paper said President Lena Berg's historic visit to Peru ten years ago opened a new chapter.",
                "Lena Berg's historic visit to Peru ten years ago", null, null)));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void aPastNamedInAnotherClauseLeavesTheVisitNews() {
        Connected c = Connector.connect(List.of(thisWeek(), undated("b", "2024-08-22",
                "Recalling the treaty of 2014, the paper said President Lena Berg's historic visit to Peru opened a new chapter.",
                "Lena Berg's historic visit to Peru", "2014", "2014")));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void twoRecallsOfOneAnniversaryVisitAreOne() {
        Connected c = Connector.connect(List.of(
                undated("b", "2024-08-22", "Papers marked the 10th anniversary of President Lena Berg's historic visit to Peru.",
                        "Lena Berg's historic visit to Peru", null, null),
                undated("c", "2024-08-23", "A meeting marked the 10th anniversary of President Lena Berg's historic visit to Peru.",
                        "Lena Berg's historic visit to Peru", null, null)));
        assertThat(storyOf(c, "b", "e1")).isEqualTo(storyOf(c, "c", "e1"));
    }

    @Test
    void aVisitToldBeforeTheDatedVisitBeganIsAnEarlierOne() {
        Connected c = Connector.connect(List.of(
                undated("b", "2024-08-04", "The paper said President Lena Berg's historic visit to Peru opened a new chapter.",
                        "Lena Berg's historic visit to Peru", null, null),
                news("m", "2024-08-09", "2024-08", "President Lena Berg will be on a historic visit to Peru in August.",
                        "historic visit to Peru in August"),
                thisWeek()));
        assertThat(storyOf(c, "b", "e1")).isNotEqualTo(storyOf(c, "a", "e1"));
    }
    /**
     * A day and month the events stage read in this year, beside a past year of the same clause: the visit of a
     * documentary film's title, "August 4-5, 2001", is not this week's visit.
     */
    @Test
    void aVisitDatedByADayBesideAPastYearOfItsClauseIsNotThisWeeksVisit() {
        String body = "Participants watched a documentary film \"President Lena Berg pays a visit to Peru\" August 4-5, 2001.";
        Article a = article("f", "2024-07-28", "Film", body);
        Event e = event(a, "e1", EventType.CONSULT, List.of(p("Lena Berg", "NOR")), List.of(p("Peru", "PER")), "2024-08",
                null, EventStatus.OCCURRED, "pays a visit to Peru\" August 4-5, 2001").toBuilder().trigger("visit").build();
        int at = body.indexOf("2001");
        Annotated film = new Annotated(a, NAMES, List.of(new TimeExpression("x", "DATE", "2024-08", null, e.start(), e.end()),
                new TimeExpression("2001", "DATE", "2001", null, at, at + 4)), List.of(), List.of(e));
        Connected c = Connector.connect(List.of(film, news("a", "2024-08-21", "2024-08-20",
                "President Lena Berg began a historic visit to Peru on Tuesday.", "began a historic visit to Peru on Tuesday")));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "f", "e1"));
    }
}
