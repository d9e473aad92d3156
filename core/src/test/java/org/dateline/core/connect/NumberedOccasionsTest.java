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
 * The number of an occasion tells two acts of one sender apart: a bulletin for one anniversary and a library
 * opened for another are two postings, while two reports of one anniversary stay one (invented reports).
 */
class NumberedOccasionsTest {
    private static final List<Participant> CENTER = List.of(p("Ostrava Study Center", "OST"));

    private static Annotated report(String id, String published, String day, String body, String phrase) {
        Article a = article(id, published, "Item", body);
        Event e = event(a, "e1", EventType.SUPPORT, CENTER, List.of(), day, null, EventStatus.OCCURRED, phrase);
        return annotated(a, List.of(), e);
    }

    @Test
    void postingsForTwoNumberedAnniversariesAreTwoPostings() {
        Connected c = Connector.connect(List.of(
                report("a", "2024-10-21", null, "The Ostrava Study Center published its bulletin on the 67th birthday "
                        + "of the Velmar Party, with a photo of its founder standing on the mountain.",
                        "The Ostrava Study Center published its bulletin"),
                report("b", "2024-10-24", "2024-10-16", "The Ostrava Study Center published a library on its website on "
                        + "Oct. 16 to mark the 86th anniversary of the Velmar Union, with a photo of its founder standing.",
                        "The Ostrava Study Center published a library")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void twoReportsOfOneNumberedAnniversaryStayOne() {
        Connected c = Connector.connect(List.of(
                report("a", "2024-10-17", "2024-10-16", "The Ostrava Study Center on Oct. 16 published a bulletin on the "
                        + "86th anniversary of the Velmar Union.", "The Ostrava Study Center on Oct. 16 published a bulletin"),
                report("b", "2024-10-19", "2024-10-16", "The Ostrava Study Center on Oct. 16 published a bulletin on the "
                        + "86th founding anniversary of the Velmar Union.",
                        "The Ostrava Study Center on Oct. 16 published a bulletin")));
        assertThat(c.events()).hasSize(1);
    }

    @Test
    void anOrdinalCountsOnlyBeforeAnOccasionNoun() {
        assertThat(OrdinalOccasions.numbers("the 100th birth anniversary of the founder")).containsExactly(100);
        assertThat(OrdinalOccasions.numbers("on the fifth anniversary of the declaration")).containsExactly(5);
        assertThat(OrdinalOccasions.numbers("the second round of talks on the 3rd day")).isEmpty();
    }
}
