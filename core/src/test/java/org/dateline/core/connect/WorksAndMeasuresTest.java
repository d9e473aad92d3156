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
 * What a sender did tells two of its acts apart when who and when do not: the titles of two articles one committee
 * posted on one day, and the measures a leader took for a holiday beside the message he sent to its meeting
 * (invented reports).
 */
class WorksAndMeasuresTest {
    private static final List<Participant> COMMITTEE = List.of(p("Velmar Study Committee", "VLM"));
    private static final List<Participant> LEADER = List.of(p("Anna Velde", "RUR"));

    /** An article whose one event the text dates to that day (a time expression states it). */
    private static Annotated dated(String id, String published, String day, String body, List<Participant> actors,
                                   String phrase) {
        Article a = article(id, published, "Item", body);
        Event e = event(a, "e1", EventType.SUPPORT, actors, List.of(), day, null, EventStatus.OCCURRED, phrase);
        return annotated(a, List.of(), e);
    }

    @Test
    void twoArticlesOfOtherTitlesPostedOnOneDayAreTwoPostings() {
        Connected c = Connector.connect(List.of(
                dated("a", "2024-09-27", "2024-09-19", "The Velmar Study Committee posted an article titled \"The Heroine "
                        + "Always Remembered\" on its website on Sept. 19 on the anniversary of her death.",
                        COMMITTEE, "The Velmar Study Committee posted an article"),
                dated("b", "2024-09-29", "2024-09-19", "The Velmar Study Committee posted an article under the title of "
                        + "\"Tradition of Great Unity\" on its website on Sept. 19 before the anniversary of the declaration.",
                        COMMITTEE, "The Velmar Study Committee posted an article")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void oneTitleWrittenInAnotherOrderIsOneArticle() {
        Connected c = Connector.connect(List.of(
                dated("a", "2024-07-20", "2024-07-08", "The Velmar Study Committee on July 8 posted an article titled "
                        + "\"Iron-willed Commander Lind\".", COMMITTEE, "The Velmar Study Committee on July 8 posted an article"),
                dated("b", "2024-07-22", "2024-07-08", "The Velmar Study Committee on July 8 posted an article titled "
                        + "\"Lind, Iron-willed Commander\".", COMMITTEE, "The Velmar Study Committee on July 8 posted an article")));
        assertThat(c.events()).hasSize(1);
    }

    @Test
    void scareQuotesAreNoTitle() {
        assertThat(WorkTitles.titles("The regime's \"Unification Ministry\" sent an official paper to the groups.")).isEmpty();
        assertThat(WorkTitles.titles("He sent a letter \"Children Should Become the Backbone\" to the school.")).hasSize(1);
    }

    @Test
    void theMeasuresForAHolidayAndTheMessageToItsMeetingAreTwoActs() {
        Article a = article("a", "2024-08-27", "Holiday", "A meeting celebrating Youth Day took place in the capital on "
                + "Monday. Anna Velde has taken measures to celebrate the first Youth Day of the century with splendour.");
        Article b = article("b", "2024-08-28", "Message", "Anna Velde on Monday sent a congratulatory message to the "
                + "participants in the meeting celebrating Youth Day and to the youth across the country.");
        Connected c = Connector.connect(List.of(
                new Annotated(a, List.of(), List.of(), List.of(), List.of(event(a, "e1", EventType.SUPPORT, LEADER,
                        List.of(), null, null, EventStatus.OCCURRED, "has taken measures to celebrate the first Youth Day"))),
                dated("b", "2024-08-28", "2024-08-26", b.body(), LEADER, "Anna Velde on Monday sent a congratulatory message")));
        assertThat(c.events()).hasSize(2);
    }
}
