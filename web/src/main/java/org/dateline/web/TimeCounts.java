package org.dateline.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import io.javalin.http.BadRequestResponse;

import org.dateline.model.Spelled;
import org.dateline.model.StoryEvent;

/**
 * Event counts per day, week or month, split by PLOVER type, quad class or status: what the chart on the events,
 * actor and dyad pages draws. An event is counted in a period only when its date lies wholly inside it: a
 * month-only date is never put on the 1st, so with {@code bucket=day} it is counted in {@link #imprecise}, not
 * in a day. Periods run without gaps from the first to the last, so the time axis is true.
 *
 * @param bucket    day | week | month
 * @param by        type | quad | status
 * @param series    the keys of the split, in a stable order (quad classes as "1".."4", names in {@link #labels})
 * @param labels    a readable name per series key
 * @param periods   the periods in order: 2024-03-08, 2024-W09 or 2024-03
 * @param counts    per series key, one count per period
 * @param total     events counted in some period
 * @param imprecise events whose date is known less precisely than the bucket (a month, with days asked for)
 * @param undated   events with no date in a known year
 * @param outside   events dated outside the drawn periods (see {@link #MAX_PERIODS})
 */
public record TimeCounts(String bucket, String by, List<String> series, Map<String, String> labels,
                         List<String> periods, Map<String, int[]> counts, int total, int imprecise, int undated,
                         int outside) {
    /**
     * The most periods one chart draws. A real store's oldest events are often history its stories recall (an
     * armistice of 1953 in a story of 2011), which would stretch the axis over centuries of empty months; so when
     * the dated events span more periods than this, the chart draws the stretch of this many periods that holds
     * the most events and counts the rest as {@link #outside}.
     */
    static final int MAX_PERIODS = 1500;

    enum Bucket {
        DAY(ChronoUnit.DAYS), WEEK(ChronoUnit.WEEKS), MONTH(ChronoUnit.MONTHS);

        private final ChronoUnit unit;

        Bucket(ChronoUnit unit) { this.unit = unit; }

        LocalDate start(LocalDate d) {
            return switch (this) {
                case DAY -> d;
                case WEEK -> d.minusDays(d.getDayOfWeek().getValue() - 1L);
                case MONTH -> d.withDayOfMonth(1);
            };
        }

        LocalDate next(LocalDate start) {
            return plus(start, 1);
        }

        /** The start of the period {@code n} periods after the one starting {@code start}. */
        LocalDate plus(LocalDate start, long n) {
            return start.plus(n, unit);
        }

        /** How many periods run from the one starting {@code first} to the one starting {@code last}, both counted. */
        long count(LocalDate first, LocalDate last) {
            return unit.between(first, last) + 1;
        }

        String label(LocalDate start) {
            return switch (this) {
                case DAY -> start.toString();
                case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                case MONTH -> start.format(DateTimeFormatter.ofPattern("yyyy-MM"));
            };
        }

        static Bucket of(String v) {
            try {
                return v == null || v.isBlank() ? MONTH : valueOf(v.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestResponse("bucket must be day, week or month");
            }
        }
    }

    static TimeCounts of(List<StoryEvent> events, Bucket bucket, String by) {
        Codebook book = Codebook.standard();
        TreeMap<LocalDate, Map<String, Integer>> byPeriod = new TreeMap<>();
        TreeSet<String> keys = new TreeSet<>();
        int imprecise = 0, undated = 0, total = 0;
        for (StoryEvent se : events) {
            EventDates.Span span = EventDates.span(se.event().date());
            if (span == null) { undated++; continue; }
            LocalDate start = bucket.start(span.first());
            if (span.last().isAfter(bucket.next(start).minusDays(1))) { imprecise++; continue; }
            String key = switch (by) {
                case "quad" -> String.valueOf(Codebook.quadOf(se.event().type()));
                case "status" -> String.valueOf(Spelled.of(se.event().status()));
                default -> String.valueOf(Spelled.of(se.event().type()));
            };
            keys.add(key);
            byPeriod.computeIfAbsent(start, k -> new LinkedHashMap<>()).merge(key, 1, Integer::sum);
            total++;
        }
        List<String> periods = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        int outside = 0;
        if (!byPeriod.isEmpty()) {
            LocalDate first = busiestStretch(byPeriod, bucket);
            LocalDate end = bucket.plus(first, MAX_PERIODS - 1);
            outside = byPeriod.entrySet().stream().filter(e -> e.getKey().isBefore(first) || e.getKey().isAfter(end))
                    .mapToInt(e -> sum(e.getValue())).sum();
            LocalDate last = byPeriod.floorKey(end);
            int n = (int) bucket.count(first, last);
            keys.forEach(k -> counts.put(k, new int[n]));
            int i = 0;
            for (LocalDate p = first; !p.isAfter(last); p = bucket.next(p), i++) {
                periods.add(bucket.label(p));
                final int at = i;
                byPeriod.getOrDefault(p, Map.of()).forEach((k, c) -> counts.get(k)[at] = c);
            }
            total -= outside;
        }
        Map<String, String> labels = new LinkedHashMap<>();
        keys.forEach(k -> labels.put(k, "quad".equals(by) ? book.quads().getOrDefault(k, "no quad class") : k));
        return new TimeCounts(bucket.name().toLowerCase(Locale.ROOT), by, List.copyOf(keys), labels, periods, counts,
                total, imprecise, undated, outside);
    }

    /** The first period of the {@link #MAX_PERIODS}-long stretch holding the most events (the earliest of equals). */
    private static LocalDate busiestStretch(TreeMap<LocalDate, Map<String, Integer>> byPeriod, Bucket bucket) {
        List<LocalDate> starts = new ArrayList<>(byPeriod.keySet());
        int[] events = byPeriod.values().stream().mapToInt(TimeCounts::sum).toArray();
        LocalDate best = starts.get(0);
        int bestCount = -1, inWindow = 0, j = 0;
        for (int i = 0; i < starts.size(); i++) {
            while (j < starts.size() && bucket.count(starts.get(i), starts.get(j)) <= MAX_PERIODS) inWindow += events[j++];
            if (inWindow > bestCount) {
                bestCount = inWindow;
                best = starts.get(i);
            }
            inWindow -= events[i];
        }
        return best;
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
