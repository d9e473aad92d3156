package org.dateline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dateline.model.ActorProfile;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.ContentHash;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventLink;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.LinkRelation;
import org.dateline.model.Mention;
import org.dateline.model.Participant;
import org.dateline.model.StoryEvent;
import org.dateline.model.StoryThread;
import org.dateline.store.Store;

/** A small store for export and view tests: three articles, four story events, one thread, one link. */
public final class Fixtures {
    public static final Participant KOR = new Participant("Park Min-jae", "KOR", "GOV");
    public static final Participant USA = new Participant("Ellen Whitfield", "USA", "GOV");
    public static final Participant JPN = new Participant("Kenji Morita", "JPN", "GOV");
    public static final Participant PRK = new Participant("North Korea", "PRK", null);

    private Fixtures() {}

    public static Article article(String id, String date, String agency, String headline, String body) {
        return new Article(id, "test:" + id, "https://news.example/" + id, headline, null, agency, "SEOUL", null, date,
                false, List.of(), null, null, "en", body, ContentHash.of(headline, body));
    }

    public static StoryEvent event(String id, EventType type, String cameo, List<Participant> actors,
                                   List<Participant> recipients, String date, String place, EventStatus status,
                                   List<Mention> mentions, List<EventLink> links, String thread) {
        Event e = new Event(id, type, "visit", cameo, actors, recipients, date, null, place, status, "nuclear talks",
                0, 20, 0.75, null, null, -1);
        return new StoryEvent(id, e, mentions, links, thread);
    }

    public static Mention mention(String article, String sentence) {
        return new Mention(article, "Headline of " + article, sentence, 0, 20, "e1");
    }

    public static Connected connected() {
        StoryEvent plan = event("se-plan", EventType.CONSULT, "036", List.of(KOR, USA), List.of(), "2024-03-08", "Washington",
                EventStatus.PLANNED, List.of(mention("a1", "Park will meet Whitfield on Friday, a plan said.")),
                List.of(new EventLink(LinkRelation.REALIZED_BY, "se-met", "same participants, occurred as planned")), "t1");
        StoryEvent met = event("se-met", EventType.CONSULT, "042", List.of(KOR), List.of(USA), "2024-03-08", "Washington",
                EventStatus.OCCURRED, List.of(mention("a2", "Park met Whitfield in Washington, \"frankly\", on Friday."),
                        mention("a3", "The envoys met on Friday.")),
                List.of(new EventLink(LinkRelation.REALIZES, "se-plan", "same participants, occurred as planned")), "t1");
        StoryEvent tri = event("se-tri", EventType.CONSULT, "040", List.of(KOR, USA, JPN), List.of(), "2024-W11", "Washington",
                EventStatus.OCCURRED, List.of(mention("a3", "The three envoys held talks.")), List.of(), "t1");
        StoryEvent demand = event("se-demand", EventType.REQUEST, "1054", List.of(PRK), List.of(USA), "2024-03", null,
                EventStatus.OCCURRED, List.of(mention("a2", "North Korea demanded sanctions relief; the U.S. said no.")), List.of(), null);
        return new Connected(List.of(plan, met, tri, demand),
                List.of(new StoryThread("t1", "Park Min-jae – Ellen Whitfield: nuclear talks", List.of("a1", "a2", "a3"),
                        "2024-03-07", "2024-03-13", List.of("Park Min-jae", "Ellen Whitfield"))),
                List.of(new ActorProfile("Park Min-jae", EntityType.PERSON, "KOR", "GOV", List.of("Park"), List.of(), 3),
                        new ActorProfile("Ellen Whitfield", EntityType.PERSON, "USA", "GOV", List.of("Whitfield"), List.of(), 4)),
                Map.of(), Map.of());
    }

    /** A store at {@code file} holding the fixture articles and {@link #connected()}. */
    public static Store store(Path file) {
        Store store = Store.open(file);
        store.add(List.of(article("a1", "2024-03-07", "Harbor Wire", "Envoy leaves", "Park left."),
                article("a2", "2024-03-09", "Harbor Wire", "Envoys meet", "Park met Whitfield."),
                article("a3", "2024-03-13", "Pacific Dispatch", "Three envoys meet", "The three met.")));
        store.replaceConnections(connected());
        return store;
    }
}
