package org.dateline.store;

import org.dateline.model.Quote;

/**
 * A stored quote with the article it is in, so a list of what someone said can show where and when without
 * another lookup.
 *
 * @param article         the article id (as {@link Store#article} takes it)
 * @param headline        that article's headline
 * @param publicationDate that article's publication date (TimeML), or null
 * @param quote           the quote; its offsets are into that article's body
 */
public record AttributedQuote(String article, String headline, String publicationDate, Quote quote) {}
