package org.dateline.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

/**
 * The {@code limit} and {@code offset} of a list request, bounded so one request cannot ask the server to
 * serialise the whole store.
 */
public record Paging(int limit, int offset) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public Paging {
        if (limit < 1 || limit > MAX_LIMIT) throw new BadRequestResponse("limit must be 1.." + MAX_LIMIT);
        if (offset < 0) throw new BadRequestResponse("offset must be 0 or more");
    }

    /** Paging from the query string, with {@value #DEFAULT_LIMIT} items from 0 when not given. */
    public static Paging of(Context ctx) {
        return new Paging(number(ctx, "limit", DEFAULT_LIMIT), number(ctx, "offset", 0));
    }

    static int number(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a whole number, not '" + v + "'");
        }
    }
}
