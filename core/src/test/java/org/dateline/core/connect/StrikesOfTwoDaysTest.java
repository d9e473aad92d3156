package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.ArrayList;
import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;
import org.junit.jupiter.api.Test;

/**
 * A region struck again and again: the agency leads with a summing-up ("continued to kill villagers") and tells the
 * strike and its day in the next sentence of the paragraph. Two such reports whose sentences name days of the act, and
 * none in common, are two strikes ({@link ActDays}); the same day, or a day that is only when someone spoke of it, is
 * no such evidence (invented reports).
 */
class StrikesOfTwoDaysTest {
    private static final List<Entity> NAMES = List.of(state("Velmar", "VLM"), state("Oskland", "OSK"));
    private static final Participant VELMAR = p("Velmar", "VLM");
    private static final Participant VILLAGERS = new Participant("villagers of Oskland", "OSK", null);

    /** A report whose event is dated only when {@code date} is given; {@code days} are the paragraph's other days. */
    private static Annotated strike(String id, String published, String body, String phrase, String trigger,
                                    String date, String... days) {
        Article a = article(id, published, "Strike", body);
        Event e = event(a, "e1", EventType.ASSAULT, List.of(VELMAR), List.of(VILLAGERS),
                date == null ? published : date, null, EventStatus.OCCURRED, phrase).toBuilder().trigger(trigger).build();
        List<TimeExpression> timexes = new ArrayList<>();
        if (date != null) timexes.add(new TimeExpression("x", "DATE", date, null, e.start(), e.end()));
        for (int i = 0; i + 1 < days.length; i += 2) {
            int at = body.indexOf(days[i]);
            timexes.add(new TimeExpression(days[i], "TIME", days[i + 1], null, at, at + days[i].length()));
        }
        return new Annotated(a, NAMES, timexes, List.of(), List.of(e));
    }

    private static final String SUMMED = "The Velmar forces continued to kill villagers of Oskland under the pretext "
            + "of security. , At least six people were killed when a Velmar drone fired missiles at a village of the "
            + "Norrdal region on Wednesday morning, local media reported.";

    private static Annotated summedUp(String published, String wednesday) {
        return strike("a", published, SUMMED, "continued to kill villagers of Oskland", "kill", null,
                "Wednesday morning", wednesday + "TMO");
    }

    private static Annotated dated(String day, String written, String weekday) {
        String body = "The Velmar forces killed villagers of Oskland again on " + written + " under the pretext of "
                + "security. , At least three people were killed when a Velmar drone fired missiles at a village of the "
                + "Norrdal region on " + weekday + " morning, local media reported.";
        return strike("b", "2024-03-10", body, "killed villagers of Oskland again on " + written, "killed", day,
                weekday + " morning", day + "TMO");
    }

    @Test
    void aStrikeOfWednesdayIsNotTheStrikeOfThursdayInTheSameRegion() {
        Connected c = Connector.connect(List.of(summedUp("2024-03-09", "2024-03-06"),
                dated("2024-03-07", "March 7", "Thursday")));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void aStrikeToldBySummingUpAndItsWeekdayIsTheStrikeDatedToThatDay() {
        Connected c = Connector.connect(List.of(summedUp("2024-03-09", "2024-03-06"),
                dated("2024-03-06", "March 6", "Wednesday")));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void theDayAnOfficialSpokeIsNoDayOfTheStrike() {
        String body = "The Velmar forces continued to kill villagers of Oskland under the pretext of security, an "
                + "official of the Norrdal region said Thursday.";
        Annotated said = strike("a", "2024-03-09", body, "continued to kill villagers of Oskland", "kill", null,
                "Thursday", "2024-03-07");
        assertThat(ActDays.of(mention(said))).isEmpty();
        assertThat(ActDays.of(mention(summedUp("2024-03-09", "2024-03-06"))))
                .containsExactly(java.time.LocalDate.of(2024, 3, 6));
    }

    private static EventMention mention(Annotated a) {
        ArticleContext ctx = new ArticleContext(a.article().id(), a.article().headline(), a.article().body(),
                a.article().publicationDay().orElseThrow(), 0, "t", new ActorKnowledgeBase.Resolution(java.util.Map.of(),
                n -> n), a.timexes(), a.entities());
        return EventMention.of(a.events().get(0), ctx, ConnectLexicon.standard());
    }
}
