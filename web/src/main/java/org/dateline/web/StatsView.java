package org.dateline.web;

import org.dateline.store.Stats;

/** The front page's summary: what the store holds, and how much the cross-article stage made of it. */
public record StatsView(Stats store, long events, long actors, long threads, long links) {
}
