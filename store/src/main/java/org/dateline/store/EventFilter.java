package org.dateline.store;

import java.util.Locale;

/**
 * Which story events {@link Store#storyEvents} returns: every criterion left null matches everything. Build one
 * from {@link #all()} with the {@code with...} methods:
 * {@code EventFilter.all().withActor("Park Min-jae").withFrom("2024-03").withLimit(20)}.
 *
 * @param actor   canonical actor name (any case): the event has it among its actors or recipients
 * @param with    a second actor name that must also take part (either side)
 * @param type    PLOVER type (CONSULT, ...), any case
 * @param status  occurred | planned | possible | negated
 * @param from    TimeML value: events whose date may fall on or after its first day ("2024-03" = from March 1)
 * @param to      TimeML value: events whose date may fall on or before its last day ("2024-03" = to March 31)
 * @param place   canonical place name, any case
 * @param thread  story thread id
 * @param article article id: events with a mention in that article
 * @param limit   at most this many events; 0 for no limit
 * @param offset  events to skip (for paging)
 */
public record EventFilter(String actor, String with, String type, String status, String from, String to, String place,
                          String thread, String article, int limit, int offset) {
    /** The page size of {@link #all()}. */
    public static final int DEFAULT_LIMIT = 100;

    public EventFilter {
        if (limit < 0) throw new IllegalArgumentException("limit must be 0 (no limit) or more, not " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must be 0 or more, not " + offset);
        actor = blankToNull(actor);
        with = blankToNull(with);
        type = blankToNull(type) == null ? null : type.strip().toUpperCase(Locale.ROOT);
        status = blankToNull(status) == null ? null : status.strip().toLowerCase(Locale.ROOT);
        from = blankToNull(from);
        to = blankToNull(to);
        place = blankToNull(place);
        thread = blankToNull(thread);
        article = blankToNull(article);
    }

    /** Every event, first page of {@value #DEFAULT_LIMIT}. */
    public static EventFilter all() {
        return new EventFilter(null, null, null, null, null, null, null, null, null, DEFAULT_LIMIT, 0);
    }

    public EventFilter withActor(String v) { return new EventFilter(v, with, type, status, from, to, place, thread, article, limit, offset); }
    public EventFilter withWith(String v) { return new EventFilter(actor, v, type, status, from, to, place, thread, article, limit, offset); }
    public EventFilter withType(String v) { return new EventFilter(actor, with, v, status, from, to, place, thread, article, limit, offset); }
    public EventFilter withStatus(String v) { return new EventFilter(actor, with, type, v, from, to, place, thread, article, limit, offset); }
    public EventFilter withFrom(String v) { return new EventFilter(actor, with, type, status, v, to, place, thread, article, limit, offset); }
    public EventFilter withTo(String v) { return new EventFilter(actor, with, type, status, from, v, place, thread, article, limit, offset); }
    public EventFilter withPlace(String v) { return new EventFilter(actor, with, type, status, from, to, v, thread, article, limit, offset); }
    public EventFilter withThread(String v) { return new EventFilter(actor, with, type, status, from, to, place, v, article, limit, offset); }
    public EventFilter withArticle(String v) { return new EventFilter(actor, with, type, status, from, to, place, thread, v, limit, offset); }
    public EventFilter withLimit(int v) { return new EventFilter(actor, with, type, status, from, to, place, thread, article, v, offset); }
    public EventFilter withOffset(int v) { return new EventFilter(actor, with, type, status, from, to, place, thread, article, limit, v); }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
