package org.dateline.core.connect;

import java.util.ArrayList;
import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.StoryEvent;
import org.dateline.model.TimeExpression;

/** Hand-built articles and events for the connect tests (our own wording). */
final class Fixtures {
    private Fixtures() {}

    static Article article(String id, String date, String headline, String body) {
        return article(id, date, headline, body, null);
    }

    static Article article(String id, String date, String headline, String body, String revision) {
        return new Article(id, "test:" + id, null, headline, null, "Test Wire", "SEOUL", null, date,
                false, List.of(), null, revision, "en", body, id);
    }

    static Participant p(String name, String country) { return new Participant(name, country, "GOV"); }

    static Entity person(String name, String country, String role) {
        return new Entity(name, EntityType.PERSON, 0, name.length(), name, country, "GOV", role, 0);
    }

    /** An article of a headline and a placeholder body, with the entities given and no events. */
    static Annotated headlined(String id, String date, String headline, Entity... es) {
        return new Annotated(article(id, date, headline, "Body of " + id + "."), List.of(es), List.of(), List.of(), List.of());
    }

    /** A government body of no state. */
    static Entity body(String name) {
        return new Entity(name, EntityType.ORGANIZATION, 0, name.length(), name, null, "GOV", null, 0);
    }

    static Entity state(String name, String country) {
        return new Entity(name, EntityType.COUNTRY, 0, name.length(), name, country, "GOV", null, 0);
    }

    /** An event whose span is the given phrase of the body; its date is also stated as a time expression. */
    static Event event(Article a, String id, EventType type, List<Participant> actors, List<Participant> recipients,
                       String date, String place, EventStatus status, String phrase) {
        int at = a.body().indexOf(phrase);
        if (at < 0) throw new IllegalArgumentException(phrase);
        return new Event(id, type, null, "040", actors, recipients, date, null, place, status, null, at,
                at + phrase.length(), 0.8, null, null, -1);
    }

    /** The id of the story event that holds the report {@code article#event}. */
    static String storyOf(Connected c, String article, String event) {
        for (StoryEvent s : c.events()) {
            for (var m : s.mentions()) if (m.article().equals(article) && m.eventId().equals(event)) return s.id();
        }
        throw new AssertionError(article + "#" + event);
    }

    static Annotated annotated(Article a, List<Entity> entities, Event... events) {
        List<TimeExpression> timexes = new ArrayList<>();
        for (Event e : events) {
            if (e.date() != null) timexes.add(new TimeExpression("x", "DATE", e.date(), null, e.start(), e.end()));
        }
        return new Annotated(a, entities, timexes, List.of(), List.of(events));
    }
}
