package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.StoryEvent;
import org.junit.jupiter.api.Test;

/**
 * One state visit told by many reports: the host state under its several names, a welcome or a newspaper's pages
 * that give no date, and the dated report that says which visit they mean.
 */
class OneVisitToldInFragmentsTest {
    private static String storyOf(Connected c, String article, String event) {
        for (StoryEvent s : c.events()) {
            for (var m : s.mentions()) if (m.article().equals(article) && m.eventId().equals(event)) return s.id();
        }
        throw new AssertionError(article + "#" + event);
    }

    @Test
    void aStateIsKeyedByOneNameWhicheverOfItsNamesTheReportUses() {
        assertThat(StateNames.of(p("Republic of Korea", "KOR"))).isEqualTo("South Korea");
        assertThat(StateNames.of(p("the Republic of Korea", "KOR"))).isEqualTo("South Korea");
        assertThat(StateNames.of(p("South Korea", "KOR"))).isEqualTo("South Korea");
    }

    @Test
    void aBodyNamedAfterItsStateOrAStateCodedOtherwiseKeepsItsName() {
        assertThat(StateNames.of(p("Republic of Korea Navy", "KOR"))).isEqualTo("Republic of Korea Navy");
        assertThat(StateNames.of(p("Republic of Korea", "PRK"))).isEqualTo("Republic of Korea");
        assertThat(StateNames.of(new Participant("Republic of Korea", null, null))).isEqualTo("Republic of Korea");
    }

    @Test
    void twoReportsOfOneVisitThatNameTheHostDifferentlyAreOneVisit() {
        Article a = article("a", "2024-04-09", "Visit", "Prime Minister Ingrid Dahl arrived in Seoul on Monday for a visit to the Republic of Korea.");
        Article b = article("b", "2024-04-10", "Visit", "Ingrid Dahl began her visit to South Korea on Monday with a call at a shipyard.");
        List<Participant> dahl = List.of(p("Ingrid Dahl", "NOR"));
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.CONSULT, dahl, List.of(p("Republic of Korea", "KOR")),
                        "2024-04-08", null, EventStatus.OCCURRED, "visit to the Republic of Korea")),
                annotated(b, List.of(), event(b, "e1", EventType.CONSULT, dahl, List.of(p("South Korea", "KOR")),
                        "2024-04-08", null, EventStatus.OCCURRED, "began her visit to South Korea"))));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }
}
