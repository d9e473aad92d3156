package org.dateline.web;

import java.util.Locale;
import java.util.stream.Stream;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

import org.dateline.model.Participant;
import org.dateline.model.StoryEvent;
import org.dateline.store.EventCriteria;

/**
 * Which events a page shows, as a researcher asks for them: the store's {@link EventCriteria} (actor, dyad, type,
 * status, dates, place, thread) plus what the store does not filter on, applied here: a participant's country or
 * sector, the quad class, and the order (newest first unless {@code order=oldest}: the oldest rows of a real store
 * are mostly historical mentions).
 *
 * @param filter      the store's criteria, unpaged
 * @param country     a participant's country code (either side), upper case, or null
 * @param sector      a participant's sector code (either side), upper case, or null
 * @param quad        1..4, or 0 for any
 * @param newestFirst the order of the list
 */
record EventQuery(EventCriteria filter, String country, String sector, int quad, boolean newestFirst) {

    /** The query of a request's parameters; an unknown status, quad or order is the client's error. */
    static EventQuery of(Context ctx) {
        String order = ctx.queryParam("order");
        if (order != null && !order.isBlank() && !order.equals("newest") && !order.equals("oldest")) {
            throw new BadRequestResponse("order must be newest or oldest");
        }
        int quad = Paging.number(ctx, "quad", 0);
        if (quad < 0 || quad > 4) throw new BadRequestResponse("quad must be 1..4");
        return new EventQuery(Api.filter(ctx, 0, 0), code(ctx.queryParam("country")), code(ctx.queryParam("sector")),
                quad, !"oldest".equals(order));
    }

    /** Every event in the store, oldest first. */
    static EventQuery everything() {
        return new EventQuery(EventCriteria.all().withLimit(0), null, null, 0, false);
    }

    /** The same query without the criteria that the drop-downs set, so their counts show every choice. */
    EventQuery withoutChoices() {
        return new EventQuery(filter.withType(null).withStatus(null), null, null, 0, newestFirst);
    }

    /** Whether an event the store returned for {@link #filter} also meets the criteria applied here. */
    boolean matches(StoryEvent se) {
        if (quad != 0 && Codebook.quadOf(se.event().type()) != quad) return false;
        if (country == null && sector == null) return true;
        return participants(se).anyMatch(p -> (country == null || country.equalsIgnoreCase(p.country()))
                && (sector == null || sector.equalsIgnoreCase(p.sector())));
    }

    /** A key for caching: equal queries, equal keys. */
    String key() {
        return filter.withLimit(0).withOffset(0) + "|" + country + "|" + sector + "|" + quad + "|" + newestFirst;
    }

    static Stream<Participant> participants(StoryEvent se) {
        return Stream.concat(se.event().actors().stream(), se.event().recipients().stream());
    }

    private static String code(String v) {
        return v == null || v.isBlank() ? null : v.strip().toUpperCase(Locale.ROOT);
    }
}
