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
import org.dateline.model.StoryEvent;
import org.junit.jupiter.api.Test;

class EventMergerTest {
    @Test
    void aSummitRecalledByTwoStoriesIsOneEventWithTwoMentionsAndTheMorePrecisePlace() {
        Article a = article("a", "2023-06-02", "Border talks resume",
                "Negotiators resumed border talks on Thursday. The leaders' summit in April ended without a deal.");
        Article b = article("b", "2023-06-20", "Border talks stall",
                "The talks stalled again. The April summit between Modi and Li in Delhi produced no agreement.");
        var leaders = List.of(p("Narendra Modi", "IND"), p("Li Qiang", "CHN"));
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.CONSULT, leaders, List.of(), "2023-04", null, EventStatus.OCCURRED,
                        "The leaders' summit in April ended")),
                annotated(b, List.of(), event(b, "e1", EventType.CONSULT, List.of(p("Li Qiang", "CHN"), p("Narendra Modi", "IND")), List.of(), "2023-04", "Delhi",
                        EventStatus.OCCURRED, "The April summit between Modi and Li in Delhi"))));
        assertThat(c.events()).hasSize(1);
        StoryEvent se = c.events().get(0);
        assertThat(se.mentions()).extracting(m -> m.article()).containsExactly("a", "b");
        assertThat(se.mentions().get(1).sentence()).startsWith("The April summit").endsWith("agreement.");
        assertThat(se.mentions().get(1).headline()).isEqualTo("Border talks stall");
        assertThat(se.event().place()).isEqualTo("Delhi");
        assertThat(se.event().id()).isEqualTo(se.id());
    }

    @Test
    void anUndatedOfferJoinsTheDatedOneReportedWeeksBefore() {
        Article a = article("a", "2023-06-02", "Rebels offer talks", "Last week the rebels offered talks with the government.");
        Article b = article("b", "2023-06-12", "Army wary", "The army doubts the rebels' offer of talks with the government.");
        var rebels = List.of(p("Rebel Front", "XXX"));
        var gov = List.of(p("Colombia", "COL"));
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.AGREE, rebels, gov, "2023-W21", null, EventStatus.OCCURRED, "the rebels offered talks")),
                // The events stage fell back on the publication date: no time expression says "2023-06-12".
                new Annotated(b, List.of(), List.of(), List.of(), List.of(event(b, "e1", EventType.AGREE, rebels, List.of(),
                        "2023-06-12", null, EventStatus.OCCURRED, "the rebels' offer of talks")))));
        assertThat(c.events()).hasSize(1);
        assertThat(c.events().get(0).event().date()).isEqualTo("2023-W21");
    }

    @Test
    void differentPeopleSharingASurnameAreNeverMerged() {
        Article a = article("a", "2023-03-01", "Envoy meets Lee", "Envoy Kato met Lee Jae-won in Tokyo on Wednesday.");
        Article b = article("b", "2023-03-01", "Envoy meets Lee", "Envoy Kato met Lee Min-ho in Tokyo on Wednesday.");
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(person("Lee Jae-won", "KOR", "minister")),
                        event(a, "e1", EventType.CONSULT, List.of(p("Kato Ren", "JPN"), p("Lee Jae-won", "KOR")), List.of(),
                                "2023-03-01", "Tokyo", EventStatus.OCCURRED, "Envoy Kato met Lee Jae-won")),
                annotated(b, List.of(person("Lee Min-ho", "KOR", "lawmaker")),
                        event(b, "e1", EventType.CONSULT, List.of(p("Kato Ren", "JPN"), p("Lee Min-ho", "KOR")), List.of(),
                                "2023-03-01", "Tokyo", EventStatus.OCCURRED, "Envoy Kato met Lee Min-ho"))));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void twoMeetingsOfOnePairInOneArticleStayTwo() {
        Article a = article("a", "2023-03-01", "Envoys to meet twice",
                "The envoys will meet in Geneva on Friday. They will hold another round in Vienna later.");
        var pair = List.of(p("Anna Berg", "SWE"), p("Omar Haddad", "JOR"));
        Connected c = Connector.connect(List.of(annotated(a, List.of(),
                event(a, "e1", EventType.CONSULT, pair, List.of(), "2023-03-03", "Geneva", EventStatus.PLANNED, "meet in Geneva on Friday"),
                event(a, "e2", EventType.CONSULT, pair, List.of(), null, "Vienna", EventStatus.PLANNED, "another round in Vienna"))));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void anArticlesDatedReportOfAPlanFindsTheStoryBeforeItsUndatedOne() {
        Article a = article("a", "2023-03-01", "Envoys to meet", "The envoys will meet in Geneva on Friday.");
        Article b = article("b", "2023-03-02", "Envoy leaves",
                "Berg left on Thursday to attend a meeting with Haddad. Berg will sit down with Haddad on Friday.");
        var pair = List.of(p("Anna Berg", "SWE"), p("Omar Haddad", "JOR"));
        Event vague = new Event("e1", EventType.CONSULT, null, "040", pair, List.of(), "2023-03-02", DateModifier.ON_OR_AFTER,
                null, EventStatus.PLANNED, null, b.body().indexOf("attend"), b.body().indexOf("Haddad."), 0.8, null, null, -1);
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.CONSULT, pair, List.of(), "2023-03-03", "Geneva", EventStatus.PLANNED, "will meet in Geneva")),
                new Annotated(b, List.of(), List.of(), List.of(), List.of(vague,
                        event(b, "e2", EventType.CONSULT, pair, List.of(), "2023-03-03", null, EventStatus.PLANNED, "will sit down with Haddad on Friday")))));
        StoryEvent friday = c.events().stream().filter(se -> se.mentions().size() > 1).findFirst().orElseThrow();
        assertThat(friday.mentions()).extracting(m -> m.article() + "#" + m.eventId()).containsExactly("a#e1", "b#e2");
    }

    @Test
    void differentDaysOrPlacesAreDifferentMeetings() {
        Article a = article("a", "2023-03-10", "Envoys meet", "The envoys met in Geneva on Monday.");
        Article b = article("b", "2023-03-12", "Envoys meet again", "The envoys met in Vienna on Saturday.");
        var pair = List.of(p("Anna Berg", "SWE"), p("Omar Haddad", "JOR"));
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.CONSULT, pair, List.of(), "2023-03-06", "Geneva", EventStatus.OCCURRED, "The envoys met")),
                annotated(b, List.of(), event(b, "e1", EventType.CONSULT, pair, List.of(), "2023-03-11", "Vienna", EventStatus.OCCURRED, "The envoys met"))));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void aStateStandingForItsUnnamedEnvoyIsThatEnvoyOnTheSameDayOnly() {
        Article a = article("a", "2023-03-08", "Envoys meet", "Anna Berg met Omar Haddad and Lina Sayed in Geneva on Tuesday.");
        Article b = article("b", "2023-03-09", "Berg testifies",
                "Berg spoke a day after she hosted her Jordanian and Egyptian counterparts in Geneva.");
        Article c = article("c", "2023-03-09", "Berg recalls", "Berg hosted her Jordanian and Egyptian counterparts last week.");
        Article d = article("d", "2023-03-09", "Berg again", "Berg has hosted her Jordanian and Egyptian counterparts.");
        var named = List.of(p("Anna Berg", "SWE"), p("Omar Haddad", "JOR"), p("Lina Sayed", "EGY"));
        var standIn = List.of(p("Anna Berg", "SWE"), p("Jordan", "JOR"), p("Lina Sayed", "EGY"));
        var jordan = List.of(state("Jordan", "JOR"));
        Connected all = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.CONSULT, named, List.of(), "2023-03-07", "Geneva", EventStatus.OCCURRED,
                        "Anna Berg met Omar Haddad")),
                annotated(b, jordan, event(b, "e1", EventType.CONSULT, standIn, List.of(), "2023-03-07", "Geneva", EventStatus.OCCURRED,
                        "she hosted her Jordanian")),
                // another week: another meeting
                annotated(c, jordan, event(c, "e1", EventType.CONSULT, standIn, List.of(), "2023-W09", null, EventStatus.OCCURRED,
                        "Berg hosted her Jordanian")),
                // no day of its own (the publication day the events stage fell back on): the state stays the state
                new Annotated(d, jordan, List.of(), List.of(), List.of(event(d, "e1", EventType.CONSULT, standIn, List.of(),
                        "2023-03-09", null, EventStatus.OCCURRED, "Berg has hosted")))));
        StoryEvent geneva = all.events().stream().filter(e -> e.mentions().size() == 2).findFirst().orElseThrow();
        assertThat(geneva.mentions()).extracting(m -> m.article()).containsExactly("a", "b");
        assertThat(geneva.event().actors()).extracting(x -> x.name()).contains("Omar Haddad").doesNotContain("Jordan");
        // the undated report joins the other report of the state, as any undated report joins a dated one
        assertThat(all.events()).hasSize(2);
        assertThat(all.events()).filteredOn(e -> e != geneva).singleElement().satisfies(e -> {
            assertThat(e.mentions()).extracting(m -> m.article()).containsExactly("c", "d");
            assertThat(e.event().actors()).extracting(x -> x.name()).contains("Jordan");
        });
    }

    @Test
    void blockingKeysNeverMixFamiliesStatusesOrParticipants() {
        Article a = article("a", "2023-03-10", "x", "The envoys met in Geneva on Monday.");
        ArticleContext ctx = new ArticleContext("a", "x", a.body(), a.publicationDay().get(), 0, "t",
                new ActorKnowledgeBase.Resolution(java.util.Map.of(), n -> n), List.of(new org.dateline.model.TimeExpression("t1", "DATE", "2023-03-06", null, 27, 33)), List.of());
        var m = EventMention.of(event(a, "e1", EventType.CONSULT, List.of(p("B", "SWE"), p("A", "JOR")), List.of(), "2023-03-06",
                null, EventStatus.OCCURRED, "The envoys met"), ctx, ConnectLexicon.standard());
        assertThat(EventMerger.keys(m)).containsExactly("CONSULT|occurred|A;B|202303");
    }
}
