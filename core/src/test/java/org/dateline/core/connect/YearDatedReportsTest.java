package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.DateModifier;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * A report the text dates only by its year is placed no better than by its publication day: a year holds every
 * praise and every concert of an actor, so such a report joins a story only when published close to it, unless it
 * names both parties of one occasion, as the anniversary of a visit does (invented reports).
 */
class YearDatedReportsTest {
    private static final List<Participant> LEAGUE = List.of(p("Velmar Youth League", "VLM"));

    /** A report the events stage left on its publication day (a bound on it): the text gave no date. */
    private static Annotated undated(Article a, EventType type, List<Participant> actors, List<Participant> recipients,
                                     String phrase) {
        Event e = event(a, "e1", type, actors, recipients, a.publicationDate(), null, EventStatus.OCCURRED, phrase)
                .toBuilder().dateMod(DateModifier.ON_OR_BEFORE).build();
        return new Annotated(a, List.of(), List.of(), List.of(), List.of(e));
    }

    @Test
    void thisYearsAcclaimIsNoReportOfAPraiseToldTwoMonthsEarlier() {
        Article a = article("a", "2024-07-26", "Praise", "The Velmar Youth League highly praises the chairman as the "
                + "father of the nation and the eternal leader of the youth.");
        Article b = article("b", "2024-10-09", "Acclaim", "This year the Velmar Youth League acclaimed the chairman as "
                + "the father of the nation and the eternal leader of the youth.");
        Connected c = Connector.connect(List.of(
                undated(a, EventType.SUPPORT, LEAGUE, List.of(), "praises the chairman as the father of the nation"),
                annotated(b, List.of(), event(b, "e1", EventType.SUPPORT, LEAGUE, List.of(), "2024", null,
                        EventStatus.OCCURRED, "acclaimed the chairman as the father of the nation"))));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void theAnniversaryOfOneVisitOfANamedPairRecalledWeeksApartIsThatVisit() {
        List<Participant> leader = List.of(p("Tomas Varga", "VLM"));
        List<Participant> norland = List.of(p("Norland", "NRL"));
        Article a = article("a", "2024-08-11", "Anniversary", "A meeting was held in Port Arven on the first anniversary "
                + "of Tomas Varga's historic visit to the northern regions of Norland.");
        Article b = article("b", "2024-08-28", "Anniversary", "Friendship gatherings took place in two villages to mark "
                + "the first anniversary of Tomas Varga's visit to the northern regions of Norland.");
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.CONSULT, leader, norland, "2023", null,
                        EventStatus.OCCURRED, "Tomas Varga's historic visit to the northern regions of Norland")),
                annotated(b, List.of(), event(b, "e1", EventType.CONSULT, leader, norland, "2023", null,
                        EventStatus.OCCURRED, "Tomas Varga's visit to the northern regions of Norland"))));
        assertThat(c.events()).hasSize(1);
    }
}
