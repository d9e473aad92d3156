package org.dateline.web;

import java.util.List;

/**
 * One page of a longer list, as every list route returns it: the client needs {@code total} to draw paging
 * controls without asking again.
 *
 * @param items  this page
 * @param total  how many there are in all, or -1 when counting them would cost more than the page (search)
 * @param limit  page size asked for
 * @param offset items skipped
 * @param more   whether a next page exists
 */
public record Page<T>(List<T> items, long total, int limit, int offset, boolean more) {
    public Page {
        items = List.copyOf(items);
    }

    /** A page of a list whose size is known. */
    public static <T> Page<T> of(List<T> items, long total, Paging paging) {
        return new Page<>(items, total, paging.limit(), paging.offset(), paging.offset() + items.size() < total);
    }

    /** A page cut from a whole list held in memory. */
    public static <T> Page<T> slice(List<T> all, Paging paging) {
        int from = Math.min(paging.offset(), all.size());
        int to = Math.min(all.size(), from + paging.limit());
        return of(all.subList(from, to), all.size(), paging);
    }
}
