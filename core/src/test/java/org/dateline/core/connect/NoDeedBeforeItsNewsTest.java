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
 * A deed an undated report tells as done happened by the day it was published: a later report that dates a like
 * deed the day after tells another one (invented reports).
 */
class NoDeedBeforeItsNewsTest {
    private static final List<Participant> COMMITTEE = List.of(p("Velmar Study Committee", "VLM"));

    private static Annotated report(String id, String published, String day, String body, String phrase) {
        Article a = article(id, published, "Item", body);
        Event e = event(a, "e1", EventType.SUPPORT, COMMITTEE, List.of(), day, null, EventStatus.OCCURRED, phrase);
        return annotated(a, List.of(), e);
    }

    @Test
    void anArticlePostedByTheFifthIsNotTheOneASecondReportDatesTheSixth() {
        Connected c = Connector.connect(List.of(
                report("a", "2024-08-05", null, "The Velmar Study Committee posted on its website an article praising "
                        + "the leader who devoted his life to the people.", "The Velmar Study Committee posted"),
                report("b", "2024-08-17", "2024-08-06", "The Velmar Study Committee on August 6 posted on its website an "
                        + "article praising the feats the leader performed for the people.",
                        "The Velmar Study Committee on August 6 posted")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void anArticlePostedTheDayItIsReportedIsOne() {
        Connected c = Connector.connect(List.of(
                report("a", "2024-08-06", null, "The Velmar Study Committee posted on its website an article praising "
                        + "the leader who devoted his life to the people.", "The Velmar Study Committee posted"),
                report("b", "2024-08-17", "2024-08-06", "The Velmar Study Committee on August 6 posted on its website an "
                        + "article praising the leader who devoted his life to the people.",
                        "The Velmar Study Committee on August 6 posted")));
        assertThat(c.events()).hasSize(1);
    }
}
