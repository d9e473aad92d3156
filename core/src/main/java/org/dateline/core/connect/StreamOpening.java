package org.dateline.core.connect;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.model.Annotated;

/**
 * What the first weeks of a batch show about its names, counted before any of its articles is placed: how many of
 * those articles carry each feature, and in how many weeks each person is named.
 *
 * <p>{@link ThreadBuilder} learns online which names are common (the agency's head of state, its own country) and
 * which people are standing figures (the foreign minister who greets a new counterpart each week). A stream that
 * starts from nothing knows neither on its first days: the minister's first greetings, the home state named in every
 * item, tie a column of unrelated items into one "story" before the counts have caught up. A batch (a store
 * connected again, a corpus read at once) need not start blind: its opening weeks are read once for their counts, as
 * a reader who opens a feed learns its regulars from its first pages, and the articles of the opening are judged with
 * them. After the opening, the online counts hold at least as much, so these counts change no later decision; a
 * person first seen later (a guest whose visit comes in the fourth month) is judged online, as before.
 */
final class StreamOpening {
    /** Weeks from a batch's first day whose articles are counted ahead: two spans of {@link ThreadBuilder#STANDING_WEEKS}. */
    static final int WEEKS = 2 * ThreadBuilder.STANDING_WEEKS;

    private final Map<String, Integer> carriers = new HashMap<>();
    private final Map<String, Set<Long>> weeksNamed = new HashMap<>();
    private int articles;

    /** No opening: a stream read article by article, or a batch added to a record that has already seen articles. */
    static StreamOpening none() { return new StreamOpening(); }

    /**
     * Counts the articles of a batch dated within {@link #WEEKS} weeks of its first day (undated ones are left out:
     * they cannot be placed in the opening).
     */
    static StreamOpening of(List<Annotated> batch) {
        StreamOpening o = new StreamOpening();
        LocalDate first = null;
        for (Annotated a : batch) {
            LocalDate d = day(a);
            if (d != null && (first == null || d.isBefore(first))) first = d;
        }
        if (first == null) return o;
        LocalDate end = first.plusWeeks(WEEKS);
        for (Annotated a : batch) {
            LocalDate d = day(a);
            if (d == null || !d.isBefore(end)) continue;
            o.articles++;
            Map<String, Double> features = ThreadFeatures.features(a);
            for (Map.Entry<String, Double> f : features.entrySet()) {
                o.carriers.merge(f.getKey(), 1, Integer::sum);
                if (f.getKey().startsWith("a:") && f.getValue() >= ThreadFeatures.PERSON) {
                    Set<Long> weeks = o.weeksNamed.computeIfAbsent(f.getKey(), k -> new HashSet<>());
                    if (weeks.size() < ThreadBuilder.STANDING_WEEKS) weeks.add(ThreadBuilder.week(d));
                }
            }
        }
        return o;
    }

    /** True when the opening's articles carry the feature more often than a common name is carried (see {@link ThreadBuilder#COMMON_SHARE}). */
    boolean common(String feature) {
        return articles > 0 && carriers.getOrDefault(feature, 0)
                > ThreadBuilder.COMMON_SHARE * (articles + ThreadBuilder.COMMON_BACKGROUND);
    }

    /** True when the opening names the person in {@link ThreadBuilder#STANDING_WEEKS} different weeks. */
    boolean standing(String feature) {
        return weeksNamed.getOrDefault(feature, Set.of()).size() >= ThreadBuilder.STANDING_WEEKS;
    }

    private static LocalDate day(Annotated a) {
        return a == null || a.article() == null ? null : a.article().publicationDay().orElse(null);
    }
}
