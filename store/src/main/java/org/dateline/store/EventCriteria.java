package org.dateline.store;

import org.dateline.model.EventStatus;
import org.dateline.model.EventType;

/**
 * Which story events {@link Store#storyEvents} returns: every criterion left null matches everything. Start from
 * {@link #all()} and change criteria with the {@code with...} methods or, for several at once, a {@link Builder}:
 * {@code EventCriteria.all().withActor("Park Min-jae").withFrom("2024-03").withLimit(20)}.
 *
 * <p>Type and status are the closed vocabularies themselves, so a misspelt criterion fails where the user typed it
 * (CLI option, query string), never as an empty answer.
 *
 * @param actor   canonical actor name (any case): the event has it among its actors or recipients
 * @param with    a second actor name that must also take part (either side)
 * @param type    PLOVER type
 * @param status  occurred, planned, possible or negated
 * @param from    TimeML value: events whose date may fall on or after its first day ("2024-03" = from March 1)
 * @param to      TimeML value: events whose date may fall on or before its last day ("2024-03" = to March 31)
 * @param place   canonical place name, any case
 * @param thread  story thread id
 * @param article article id: events with a mention in that article
 * @param limit   at most this many events; 0 for no limit
 * @param offset  events to skip (for paging)
 */
public record EventCriteria(String actor, String with, EventType type, EventStatus status, String from, String to,
                          String place, String thread, String article, int limit, int offset) {
    /** The page size of {@link #all()}. */
    public static final int DEFAULT_LIMIT = 100;

    public EventCriteria {
        if (limit < 0) throw new IllegalArgumentException("limit must be 0 (no limit) or more, not " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must be 0 or more, not " + offset);
        actor = blankToNull(actor);
        with = blankToNull(with);
        from = blankToNull(from);
        to = blankToNull(to);
        place = blankToNull(place);
        thread = blankToNull(thread);
        article = blankToNull(article);
    }

    /** Every event, first page of {@value #DEFAULT_LIMIT}. */
    public static EventCriteria all() {
        return new Builder().build();
    }

    /** A builder holding this filter's criteria, to change several: {@code f.toBuilder().type(t).from(d).build()}. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.actor = actor; b.with = with; b.type = type; b.status = status; b.from = from; b.to = to; b.place = place;
        b.thread = thread; b.article = article; b.limit = limit; b.offset = offset;
        return b;
    }

    public EventCriteria withActor(String v) { return toBuilder().actor(v).build(); }
    public EventCriteria withWith(String v) { return toBuilder().with(v).build(); }
    public EventCriteria withType(EventType v) { return toBuilder().type(v).build(); }
    public EventCriteria withStatus(EventStatus v) { return toBuilder().status(v).build(); }
    public EventCriteria withFrom(String v) { return toBuilder().from(v).build(); }
    public EventCriteria withTo(String v) { return toBuilder().to(v).build(); }
    public EventCriteria withPlace(String v) { return toBuilder().place(v).build(); }
    public EventCriteria withThread(String v) { return toBuilder().thread(v).build(); }
    public EventCriteria withArticle(String v) { return toBuilder().article(v).build(); }
    public EventCriteria withLimit(int v) { return toBuilder().limit(v).build(); }
    public EventCriteria withOffset(int v) { return toBuilder().offset(v).build(); }

    /** The criteria of an {@link EventCriteria}, set one by one; unset ones match everything. */
    public static final class Builder {
        private String actor, with, from, to, place, thread, article;
        private EventType type;
        private EventStatus status;
        private int limit = DEFAULT_LIMIT, offset;

        public Builder() {}

        public Builder actor(String v) { actor = v; return this; }
        public Builder with(String v) { with = v; return this; }
        public Builder type(EventType v) { type = v; return this; }
        public Builder status(EventStatus v) { status = v; return this; }
        public Builder from(String v) { from = v; return this; }
        public Builder to(String v) { to = v; return this; }
        public Builder place(String v) { place = v; return this; }
        public Builder thread(String v) { thread = v; return this; }
        public Builder article(String v) { article = v; return this; }
        public Builder limit(int v) { limit = v; return this; }
        public Builder offset(int v) { offset = v; return this; }

        public EventCriteria build() {
            return new EventCriteria(actor, with, type, status, from, to, place, thread, article, limit, offset);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
