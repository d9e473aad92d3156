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
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;
import org.junit.jupiter.api.Test;

/**
 * A stay named by its noun inside another deed's sentence ("toured a shipyard on Tuesday while on a visit") takes no
 * day of that sentence: the day is the other deed's, one day of the stay, and says nothing of which stay it is
 * (invented reports).
 */
class ADayAroundAStayTest {
    private static final List<Participant> DAHL = List.of(p("Ingrid Dahl", "NOR"));
    private static final List<Participant> KOREA = List.of(p("South Korea", "KOR"));
    private static final List<Entity> NAMES = List.of(person("Ingrid Dahl", "NOR", "prime minister"), state("South Korea", "KOR"));

    /** The arrival the text dates to Monday, April 8. */
    private static Annotated arrival() {
        Article a = article("a", "2024-04-09", "Arrival", "Prime Minister Ingrid Dahl arrived in Busan on Monday to pay "
                + "an official visit to South Korea.");
        return annotated(a, NAMES, event(a, "e1", EventType.CONSULT, DAHL, KOREA, "2024-04-08", null,
                EventStatus.OCCURRED, "to pay an official visit to South Korea").toBuilder().trigger("visit").build());
    }

    /**
     * A report of the stay the events stage left on its publication day, whose sentence names Tuesday, April 9 for
     * another deed; its trigger is the word given.
     */
    private static Annotated aroundTuesday(String body, String phrase, String trigger) {
        Article a = article("b", "2024-04-11", "Shipyard", body);
        Event e = event(a, "e1", EventType.CONSULT, DAHL, KOREA, "2024-04-11", null, EventStatus.OCCURRED, phrase)
                .toBuilder().dateMod(DateModifier.ON_OR_BEFORE).trigger(trigger).build();
        int at = body.indexOf("Tuesday");
        return new Annotated(a, NAMES, List.of(new TimeExpression("t1", "DATE", "2024-04-09", null, at, at + 7)),
                List.of(), List.of(e));
    }

    @Test
    void aReportOfBeingOnAVisitJoinsTheVisitWhateverDayItsSentenceGivesAnotherDeed() {
        Connected c = Connector.connect(List.of(arrival(), aroundTuesday("Ingrid Dahl, who is on an official visit to "
                + "South Korea, toured a shipyard in Ulsan on Tuesday.", "who is on an official visit to South Korea", "visit")));
        assertThat(storyOf(c, "b", "e1")).isEqualTo(storyOf(c, "a", "e1"));
    }

    @Test
    void aStayNamedByItsNounAloneTakesNoDayOfItsSentence() {
        Annotated r = aroundTuesday("Ingrid Dahl toured a shipyard on Tuesday during her official visit to South Korea.",
                "during her official visit to South Korea", "visit");
        assertThat(StatedDays.namesAStay(mention(r))).isTrue();
        assertThat(new StatedDays().of(mention(r))).isEmpty();
    }

    @Test
    void aStayAVerbMakesADeedOfADayKeepsTheDayOfItsSentence() {
        Annotated paid = aroundTuesday("Ingrid Dahl paid an official visit to South Korea on Tuesday.",
                "paid an official visit to South Korea", "visit");
        assertThat(StatedDays.namesAStay(mention(paid))).isFalse();
        assertThat(new StatedDays().of(mention(paid))).hasSize(1);
    }

    @Test
    void aStayThatIsOnlyTheSubjectOfAnotherDeedKeepsTheDayOfItsSentence() {
        Annotated lecture = aroundTuesday("Ingrid Dahl gave a lecture on Tuesday on her visit to South Korea.",
                "her visit to South Korea", "visit");
        assertThat(StatedDays.namesAStay(mention(lecture))).isFalse();
        assertThat(new StatedDays().of(mention(lecture))).hasSize(1);
    }

    @Test
    void aVerbOfVisitingIsNoStayNamedByItsNoun() {
        Annotated visited = aroundTuesday("Ingrid Dahl visited South Korea on Tuesday.", "visited South Korea", "visited");
        assertThat(StatedDays.namesAStay(mention(visited))).isFalse();
        assertThat(new StatedDays().of(mention(visited))).hasSize(1);
    }

    private static EventMention mention(Annotated a) {
        ArticleContext ctx = new ArticleContext(a.article().id(), a.article().headline(), a.article().body(),
                a.article().publicationDay().orElseThrow(), 0, "t", new ActorKnowledgeBase.Resolution(java.util.Map.of(),
                n -> n), a.timexes(), a.entities());
        return EventMention.of(a.events().get(0), ctx, ConnectLexicon.standard());
    }
}
