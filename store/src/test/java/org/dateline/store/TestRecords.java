package org.dateline.store;

import java.util.List;
import java.util.Map;

import org.dateline.model.DateModifier;
import org.dateline.model.ActorProfile;
import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventLink;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.LinkRelation;
import org.dateline.model.Mention;
import org.dateline.model.Participant;
import org.dateline.model.Quote;
import org.dateline.model.StoryEvent;
import org.dateline.model.StoryThread;
import org.dateline.model.TimeExpression;

/** Annotated articles and cross-article records for store tests, made by hand so every field has a distinct value. */
final class TestRecords {
    static final Participant KOR = new Participant("Park Min-jae", "KOR", "GOV");
    static final Participant USA = new Participant("Ellen Whitfield", "USA", "GOV");
    static final Participant JPN = new Participant("Kenji Morita", "JPN", "GOV");
    static final Participant PRK = new Participant("North Korea", "PRK", null);

    private TestRecords() {}

    static Annotated annotated(String id, String date, String body) {
        Article a = TestArticles.dated(id, "Headline " + id, body, date, "en", "Harbor Wire");
        return new Annotated(a,
                List.of(new Entity("Park", EntityType.PERSON, 0, 4, "Park Min-jae", "KOR", "GOV", "envoy", 0),
                        new Entity("Washington", EntityType.LOCATION, 20, 30, "United States", "USA", null, null, 0)),
                List.of(new TimeExpression("on Friday", "DATE", date, null, 31, 40),
                        new TimeExpression("for two hours", "DURATION", "PT2H", DateModifier.APPROX, 41, 54)),
                List.of(new Quote("we are on the same page", "Park Min-jae", 60, 83, Quote.DIRECT),
                        new Quote("talks went well", null, 90, 105, null)),
                List.of(new Event("e1", EventType.CONSULT, "visit", "042", List.of(KOR), List.of(USA), date, DateModifier.APPROX,
                        "Washington", EventStatus.OCCURRED, "nuclear talks", 0, 40, 0.8, null, null, -1)));
    }

    static Event event(String id, EventType type, List<Participant> actors, List<Participant> recipients, String date,
                       String place, EventStatus status) {
        return new Event(id, type, null, "040", actors, recipients, date, null, place, status, null, 0, 10, 0.5, null, null, -1);
    }

    static StoryEvent story(Event e, String thread, String... articles) {
        List<Mention> mentions = java.util.Arrays.stream(articles)
                .map(a -> new Mention(a, "Headline " + a, "Sentence of " + e.id() + " in " + a + ".", 3, 30, "e1"))
                .toList();
        return new StoryEvent(e.id(), e, mentions, List.of(), thread);
    }

    /** Four events over March 2024, two threads, links, actors with roles and aliases. */
    static Connected connected() {
        StoryEvent planned = story(event("se-plan", EventType.CONSULT, List.of(KOR, USA), List.of(), "2024-03-08", "Washington",
                EventStatus.PLANNED), "t1", "a1");
        StoryEvent met = new StoryEvent("se-met", event("se-met", EventType.CONSULT, List.of(KOR, USA), List.of(), "2024-03-08",
                "Washington", EventStatus.OCCURRED), story(planned.event(), null, "a2", "a3").mentions(),
                List.of(new EventLink(LinkRelation.REALIZES, "se-plan", "same participants, planned 2024-03-08")), "t1");
        StoryEvent plannedWithLink = new StoryEvent(planned.id(), planned.event(), planned.mentions(),
                List.of(new EventLink(LinkRelation.REALIZED_BY, "se-met", "occurred 2024-03-08")), "t1");
        StoryEvent trilateral = story(event("se-tri", EventType.CONSULT, List.of(KOR, USA, JPN), List.of(), "2024-W11",
                "Washington", EventStatus.OCCURRED), "t1", "a4");
        StoryEvent demand = story(event("se-demand", EventType.REQUEST, List.of(PRK), List.of(USA), "2024-03", null, EventStatus.OCCURRED),
                "t2", "a5");
        StoryEvent yearless = story(event("se-x", EventType.CONSULT, List.of(JPN), List.of(USA), "XXXX-03-20", "Tokyo",
                EventStatus.PLANNED), null, "a6");
        return new Connected(List.of(plannedWithLink, met, trilateral, demand, yearless),
                List.of(new StoryThread("t1", "Park Min-jae – Ellen Whitfield: talks", List.of("a1", "a2", "a3", "a4"),
                                "2024-03-07", "2024-03-13", List.of("Park Min-jae", "Ellen Whitfield")),
                        new StoryThread("t2", "North Korea demands", List.of("a5"), "2024-03-08", "2024-03-08",
                                List.of("North Korea"))),
                List.of(new ActorProfile("Park Min-jae", EntityType.PERSON, "KOR", "GOV", List.of("Park", "the envoy"),
                                List.of(new ActorProfile.Role("special representative", "2024-03-07", "2024-03-18")), 3),
                        new ActorProfile("Ellen Whitfield", EntityType.PERSON, "USA", "GOV", List.of("Whitfield"), List.of(), 4),
                        new ActorProfile("Kenji Morita", EntityType.PERSON, "JPN", "GOV", List.of("Morita", "Park"), List.of(), 2)),
                Map.of("a3", "a2"), Map.of("a3", "2024-03-09"));
    }
}
