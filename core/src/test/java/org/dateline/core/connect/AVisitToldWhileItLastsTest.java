package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.DateModifier;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A stay is news while it lasts: a visit told on a Tuesday, undated, of a visitor who left on Thursday is the visit
 * a later report dates to Thursday. Another deed told undated on Tuesday was over by then.
 */
class AVisitToldWhileItLastsTest {
    private static final List<Entity> NAMES = List.of(person("Lena Berg", "NOR", "envoy"),
            person("Ana Ruiz", "PER", "president"), state("Peru", "PER"));

    /** A report the text does not date: the events stage fell back on the publication day. */
    private static Annotated undated(String id, String day, String body, String phrase, String trigger) {
        Article a = article(id, day, "Envoy", body);
        Event e = event(a, "e1", EventType.CONSULT, List.of(p("Lena Berg", "NOR")), List.of(p("Peru", "PER")), day,
                null, EventStatus.OCCURRED, phrase).toBuilder().dateMod(DateModifier.ON_OR_BEFORE).trigger(trigger).build();
        return annotated(a, NAMES, e);
    }

    private static Annotated dated(String id, String day, String date, String body, String phrase, String trigger) {
        Article a = article(id, day, "Envoy", body);
        Event e = event(a, "e1", EventType.CONSULT, List.of(p("Lena Berg", "NOR")), List.of(p("Peru", "PER")), date,
                null, EventStatus.OCCURRED, phrase).toBuilder().trigger(trigger).build();
        return annotated(a, NAMES, e);
    }

    @Test
    void aVisitToldUndatedOnTuesdayIsTheVisitALaterReportDatesToThursday() {
        Connected c = Connector.connect(List.of(
                undated("a", "2024-04-09", "Lena Berg, the envoy, visited Peru to attend the memorial of the poet.",
                        "visited Peru to attend the memorial of the poet", "visited"),
                dated("b", "2024-04-13", "2024-04-11", "Lena Berg, the envoy, visited Peru on Thursday to attend the memorial of the poet.",
                        "visited Peru on Thursday to attend the memorial of the poet", "visited")));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void aVisitDatedWeeksAfterTheUndatedReportIsAnotherVisit() {
        Connected c = Connector.connect(List.of(
                undated("a", "2024-04-09", "Lena Berg, the envoy, visited Peru to attend the memorial of the poet.",
                        "visited Peru to attend the memorial of the poet", "visited"),
                dated("b", "2024-05-02", "2024-04-30", "Lena Berg, the envoy, visited Peru on Tuesday to attend the memorial of the poet.",
                        "visited Peru on Tuesday to attend the memorial of the poet", "visited")));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void aMeetingToldUndatedOnTuesdayIsNoMeetingALaterReportDatesToThursday() {
        Connected c = Connector.connect(List.of(
                undated("a", "2024-04-09", "Lena Berg, the envoy, met Peru's officials to discuss the memorial of the poet.",
                        "met Peru's officials to discuss the memorial of the poet", "met"),
                dated("b", "2024-04-13", "2024-04-11", "Lena Berg, the envoy, met Peru's officials on Thursday to discuss the memorial of the poet.",
                        "met Peru's officials on Thursday to discuss the memorial of the poet", "met")));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }
}
