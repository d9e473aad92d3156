package org.dateline.core.read.draft;

import java.util.Locale;

/**
 * What kind of page was read. Only articles are stories to code events from: a listing (index, category, search
 * page), a forum thread or a product page holds text, but not a report of what happened.
 */
public enum PageType {
    ARTICLE, LISTING, FORUM, PRODUCT, OTHER;

    /** The spelling in JSON and on the command line: "article", "listing", ... */
    public String spelling() { return name().toLowerCase(Locale.ROOT); }

    /** A page's type and why it was given, in a few words ("JSON-LD @type NewsArticle"). */
    public record Judged(PageType type, String reason) {}
}
