package org.dateline.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dateline.model.StoryEvent;
import org.dateline.store.Store;

/**
 * The whole list of events an {@link EventQuery} selects, in its order. The table pages through it, and the chart,
 * the map, the drop-down counts and the downloads count it, so the last few lists are kept until the cross-article
 * record changes ({@link Store#connectionsGeneration()}): paging or redrawing does not read the store again.
 */
final class EventSet {
    private static final int KEPT = 16;

    private record Entry(long generation, List<StoryEvent> events) {}

    private final Store store;
    private final Map<String, Entry> recent = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > KEPT;
        }
    };

    EventSet(Store store) {
        this.store = store;
    }

    List<StoryEvent> events(EventQuery q) {
        long generation = store.connectionsGeneration();
        String key = q.key();
        synchronized (recent) {
            Entry e = recent.get(key);
            if (e != null && e.generation() == generation) return e.events();
        }
        List<StoryEvent> found = new ArrayList<>(store.storyEvents(q.filter().withLimit(0).withOffset(0)).stream()
                .filter(q::matches).toList());
        if (q.newestFirst()) newestFirst(found);
        List<StoryEvent> events = List.copyOf(found);
        synchronized (recent) {
            recent.put(key, new Entry(generation, events));
        }
        return events;
    }

    /** The store's order reversed, events without a known day still last (they are not the newest). */
    private static void newestFirst(List<StoryEvent> oldestFirst) {
        int dated = oldestFirst.size();
        while (dated > 0 && EventDates.firstDay(oldestFirst.get(dated - 1).event().date()) == null) dated--;
        Collections.reverse(oldestFirst.subList(0, dated));
    }
}
