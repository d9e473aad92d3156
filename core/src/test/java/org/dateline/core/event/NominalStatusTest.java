package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** The status of an event named by a noun: its own modifiers first, the clause around it second. */
class NominalStatusTest {
    private static List<Event> code(String body) {
        Article a = new Article("t", "test", null, null, null, null, null, null, "2023-05-10", false, List.of(), null,
                null, "en", body, "");
        return GoldEvents.PIPELINE.annotate(a).events();
    }

    private static EventStatus visitStatus(String body) {
        return code(body).stream().filter(e -> e.type() == EventType.CONSULT).map(Event::status).findFirst()
                .orElseThrow(() -> new AssertionError("no visit coded in: " + body));
    }

    @Test
    void aVisitUnderWayOrPastHasHappenedWhateverTheClauseForetellsOfIt() {
        assertThat(visitStatus("Brazilian President Lula's current visit to China will open a new chapter in relations."))
                .isEqualTo(EventStatus.OCCURRED);
        assertThat(visitStatus("Brazilian President Lula's recent visit to China will strengthen ties."))
                .isEqualTo(EventStatus.OCCURRED);
    }

    @Test
    void aVisitTheSentenceJudgesIsAFactItCommentsOnNotAPlan() {
        assertThat(visitStatus("Brazilian President Lula's visit to China will mark a new chapter in relations."))
                .isEqualTo(EventStatus.OCCURRED);
        assertThat(visitStatus("Brazilian President Lula's visit to China will be a milestone in relations."))
                .isEqualTo(EventStatus.OCCURRED);
    }

    @Test
    void aVisitWithNoSuchModifierStillTakesTheClausesFuture() {
        assertThat(visitStatus("Brazilian President Lula's upcoming visit to China will open a new chapter in relations."))
                .isEqualTo(EventStatus.PLANNED);
        assertThat(visitStatus("Brazilian President Lula's visit to China will take place next week."))
                .isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void anEventNounWithAPassiveInfinitiveIsStillAhead() {
        assertThat(code("Naval drills to be staged by Peru and Chile next month are a threat, Bolivia said.").stream()
                .filter(e -> e.type() != EventType.THREATEN && e.type() != EventType.ACCUSE).map(Event::status))
                .isNotEmpty().allMatch(st -> st == EventStatus.PLANNED);
        assertThat(visitStatus("Talks to be held between Norway and Iceland will cover fishing quotas, officials said."))
                .isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void aPassiveInfinitiveOfAnotherThingDoesNotMakeAnEventAhead() {
        assertThat(visitStatus("The accord reached at talks between Norway and Iceland last week is to be implemented in May."))
                .isEqualTo(EventStatus.OCCURRED);
    }

    @Test
    void anActiveInfinitiveOnAnEventNounIsItsPurposeNotItsFuture() {
        assertThat(visitStatus("Norway and Iceland held talks to resolve the fishing dispute on Monday."))
                .isEqualTo(EventStatus.OCCURRED);
    }
}
