package org.dateline.core.connect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.model.StoryThread;

/**
 * One running story as {@link ThreadBuilder} grows it: its articles and days, the summed weights of the features its
 * articles brought (the weakest dropped past a bound, so a long thread stays cheap to score), how many of its articles
 * carry each (its core, what the story is about), the events they reported and the names they gave. It is the
 * thread's memory only: whether an article joins it is the builder's decision, made against the whole stream.
 */
final class RunningThread {
    /** Days an article may lie from a thread's latest day to join it. */
    static final int MAX_GAP_DAYS = 21;
    /**
     * The share of a thread's articles a feature must be in to be of the thread's core: what its story is about,
     * not what one member brought in. Evidence that lets an article join must be of the core, so that A~B and B~C
     * never chain A and C into one thread when they share nothing.
     */
    static final int CORE_PARTS = 3;
    private static final int THREAD_EVENTS = 200;
    private static final int THREAD_FEATURES = 80;

    final String id;
    final String firstHeadline;
    final List<String> articleIds = new ArrayList<>();
    final List<LocalDate> days = new ArrayList<>();
    final Map<String, Double> features = new HashMap<>();
    /** How many of its articles carry each kept feature. */
    final Map<String, Integer> carriers = new HashMap<>();
    final Map<String, Integer> actorNames = new LinkedHashMap<>();
    final Map<String, Integer> personNames = new HashMap<>();
    /** Signatures of the events its articles reported, most recent last (bounded). */
    final Set<String> events = new LinkedHashSet<>();
    LocalDate last;
    String firstDate, lastDate;

    RunningThread(String firstArticle, String headline) {
        this.id = "th-" + HexFormat.of().toHexDigits(NearDuplicates.mix(firstArticle.hashCode())).substring(0, 12);
        this.firstHeadline = headline;
    }

    /** True when at least one in {@link #CORE_PARTS} of its articles carries the feature. */
    boolean core(String feature) {
        return carriers.getOrDefault(feature, 0) * CORE_PARTS >= articleIds.size();
    }

    /** True when an article of that day may join: within {@link #MAX_GAP_DAYS} of its latest day, or both undated. */
    boolean near(LocalDate day) {
        if (day == null || last == null) return day == null && last == null;
        return Math.abs(day.toEpochDay() - last.toEpochDay()) <= MAX_GAP_DAYS;
    }

    /**
     * Takes an article in: its day ({@code dated} when the article gave it, not inferred from the thread), the
     * features as read ({@code raw}, for the names the thread is titled by) and as weighed against the stream
     * ({@code weighted}, what later articles are scored against), the events it reported, and whether it is a roundup
     * of several parties' items, which makes none of its features the thread's core.
     */
    void add(String article, LocalDate day, boolean dated, String stated, Map<String, Double> raw,
             Map<String, Double> weighted, Set<String> reported, boolean roundup) {
        articleIds.add(article);
        for (String e : reported) {
            events.remove(e);
            events.add(e);
        }
        for (var it = events.iterator(); events.size() > THREAD_EVENTS; ) {
            it.next();
            it.remove();
        }
        if (day != null) {
            if (dated) days.add(day);
            if (last == null || day.isAfter(last)) last = day;
        }
        String date = day != null ? day.toString() : stated;
        if (date != null) {
            if (firstDate == null || date.compareTo(firstDate) < 0) firstDate = date;
            if (lastDate == null || date.compareTo(lastDate) > 0) lastDate = date;
        }
        weighted.forEach((k, v) -> {
            features.merge(k, v, Double::sum);
            // a roundup's names are several stories' (ThreadFeatures#roundup): none is the thread's core by it
            if (!roundup) carriers.merge(k, 1, Integer::sum);
        });
        if (features.size() > THREAD_FEATURES * 2) {
            List<String> weakest = features.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .limit(features.size() - THREAD_FEATURES).map(Map.Entry::getKey).toList();
            weakest.forEach(k -> {
                features.remove(k);
                carriers.remove(k);
            });
        }
        for (Map.Entry<String, Double> f : raw.entrySet()) {
            if (!f.getKey().startsWith("a:")) continue;
            String name = ThreadFeatures.nameOf(f.getKey());
            actorNames.merge(name, 1, Integer::sum);
            if (f.getValue() >= ThreadFeatures.PERSON) personNames.merge(name, 1, Integer::sum);
        }
    }

    /** The thread as the record keeps it, titled by its two most named people (else actors) and first headline. */
    StoryThread toStoryThread() {
        List<String> actors = actorNames.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey)
                .limit(8).toList();
        List<String> people = personNames.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).limit(2).toList();
        List<String> lead = people.isEmpty() ? actors.stream().limit(2).toList() : people;
        String subject = firstHeadline == null || firstHeadline.isBlank() ? "untitled" : firstHeadline.strip();
        String title = lead.isEmpty() ? subject : String.join(" \u2013 ", lead) + ": " + subject;
        return new StoryThread(id, title, articleIds, firstDate, lastDate, actors);
    }
}
