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
 * Cues that keep reports of different happenings of one actor apart: a lone deed told in other words, a habit
 * opened by "whenever", a year's sum beside a month's occasion, praise beside condolences (invented reports).
 */
class MergePrecisionCuesTest {
    private static final List<Participant> LEADER = List.of(p("Tomas Varga", "VLM"));

    private static Annotated dated(Article a, EventType type, List<Participant> recipients, String date, String phrase) {
        Event e = event(a, "e1", type, LEADER, recipients, date, null, EventStatus.OCCURRED, phrase);
        return new Annotated(a, List.of(), List.of(new TimeExpression("t1", "DATE", date, null, e.start(), e.end())),
                List.of(), List.of(e));
    }

    @Test
    void twoLoneDeedsOfOneLeaderOnOneDayToldInOtherWordsAreTwoHappenings() {
        Article a = article("a", "2024-05-03", "Holiday", "Tomas Varga on Tuesday celebrated the harvest holiday "
                + "with fishermen at the northern port.");
        Article b = article("b", "2024-05-04", "Work", "Tomas Varga on Tuesday published a treatise on the "
                + "history of the railway unions.");
        Connected c = Connector.connect(List.of(
                dated(a, EventType.SUPPORT, List.of(), "2024-04-30", "celebrated the harvest holiday"),
                dated(b, EventType.SUPPORT, List.of(), "2024-04-30", "published a treatise")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void oneLoneDeedToldTwiceInItsOwnWordsIsOneHappening() {
        Article a = article("a", "2024-05-03", "Holiday", "Tomas Varga on Tuesday celebrated the harvest holiday "
                + "with fishermen at the northern port.");
        Article b = article("b", "2024-05-04", "Holiday", "On Tuesday Tomas Varga celebrated the harvest holiday "
                + "among the fishermen of the northern port.");
        Connected c = Connector.connect(List.of(
                dated(a, EventType.SUPPORT, List.of(), "2024-04-30", "celebrated the harvest holiday"),
                dated(b, EventType.SUPPORT, List.of(), "2024-04-30", "celebrated the harvest holiday")));
        assertThat(c.events()).hasSize(1);
    }

    @Test
    void drillsSummedUpForAYearNeverJoinTheDrillOfAMonth() {
        List<Participant> navy = List.of(p("Tomas Varga", "VLM"), p("Rand Islands", "RND"));
        Article a = article("a", "2024-09-10", "Drills", "Tomas Varga staged landing drills in this year's Blue Gull, "
                + "Sea Hawk and Iron Tide exercises off the Rand Islands.");
        Article b = article("b", "2024-09-12", "Drills", "During the Iron Tide exercise in August Tomas Varga "
                + "staged landing drills off the Rand Islands.");
        Event ea = event(a, "e1", EventType.MOBILIZE, navy, List.of(), "2024", null, EventStatus.OCCURRED, "staged landing drills");
        Event eb = event(b, "e1", EventType.MOBILIZE, navy, List.of(), "2024-08", null, EventStatus.OCCURRED, "staged landing drills");
        Connected c = Connector.connect(List.of(
                new Annotated(a, List.of(), List.of(new TimeExpression("t1", "DATE", "2024", null, ea.start(), ea.end())), List.of(), List.of(ea)),
                new Annotated(b, List.of(), List.of(new TimeExpression("t1", "DATE", "2024-08", null, eb.start(), eb.end())), List.of(), List.of(eb))));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void aClauseOpenedByWheneverIsAHabitEvenWhenDated() {
        assertThat(Tellings.read(Tellings.words("whenever he visited the dockers in 2010, he praised them"), true,
                StatusClass.OCCURRED)).isEqualTo(Telling.HABIT);
        assertThat(Tellings.read(Tellings.words("when he visited the dockers in 2010, he praised them"), true,
                StatusClass.OCCURRED)).isEqualTo(Telling.OCCASION);
    }

    @Test
    void praiseOnAVisitIsNotTheCondolencesItCameForButMayStandInAMessageOfThem() {
        assertThat(Tokens.disagree(Tokens.kindsIn("She praised the new bridges of the city."),
                Tokens.kindsIn("She came to express condolences over the death of the mayor."))).isTrue();
        assertThat(Tokens.disagree(Tokens.kindsIn("The message of condolences praised the late mayor."),
                Tokens.kindsIn("She sent condolences over the death of the mayor."))).isFalse();
    }
}
