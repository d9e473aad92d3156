package org.dateline.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.dateline.model.ActorProfile;
import org.dateline.model.EventStatus;
import org.dateline.model.Participant;
import org.dateline.model.Spelled;
import org.dateline.model.StoryEvent;
import org.dateline.store.AttributedQuote;
import org.dateline.store.EventCriteria;
import org.dateline.store.Store;

/**
 * Everything the actor page shows: who it is, what it did grouped by status (so plans do not read as meetings),
 * whom it dealt with most, the roles it was seen in, and what it said.
 *
 * @param profile      the knowledge-base entry
 * @param eventsTotal  how many story events it takes part in (the timeline holds at most {@code timelineLimit})
 * @param timeline     events by status ({@code occurred}, {@code planned}, {@code possible}, {@code negated}), each in date order
 * @param counterparts the other participants of its events, most shared events first
 * @param roles        roles held, earliest first seen first
 * @param quotes       the first page of what it said, oldest first
 */
public record ActorPage(ActorProfile profile, long eventsTotal, Map<String, List<EventSummary>> timeline,
                        List<Counterpart> counterparts, List<ActorProfile.Role> roles, Page<AttributedQuote> quotes) {
    static final List<String> STATUSES = Spelled.spellings(EventStatus.class);

    /** Another actor and how many events the two share, by status. */
    public record Counterpart(String name, String country, String sector, int events, Map<String, Integer> byStatus) {}

    static Optional<ActorPage> load(Store store, String name, int timelineLimit, Paging quotePaging) {
        return store.actor(name).map(profile -> {
            EventCriteria filter = EventCriteria.all().withActor(profile.name()).withLimit(timelineLimit);
            List<StoryEvent> events = store.storyEvents(filter);
            long total = events.size() < timelineLimit ? events.size() : store.storyEventCount(filter);
            Map<String, List<EventSummary>> timeline = new LinkedHashMap<>();
            STATUSES.forEach(s -> timeline.put(s, new ArrayList<>()));
            for (StoryEvent se : events) {
                timeline.computeIfAbsent(se.event().status() == null ? "unknown" : se.event().status().spelling(), k -> new ArrayList<>())
                        .add(EventSummary.of(se));
            }
            List<ActorProfile.Role> roles = new ArrayList<>(profile.roles());
            roles.sort(Comparator.comparing(ActorProfile.Role::firstSeen, Comparator.nullsLast(Comparator.naturalOrder())));
            List<AttributedQuote> quotes = store.quotes(profile.name(), quotePaging.limit(), quotePaging.offset());
            long quoteTotal = quotes.size() < quotePaging.limit() ? quotePaging.offset() + quotes.size()
                    : store.quotes(profile.name(), 0, 0).size();
            return new ActorPage(profile, total, timeline, counterparts(profile.name(), events), roles,
                    Page.of(quotes, quoteTotal, quotePaging));
        });
    }

    static List<Counterpart> counterparts(String name, List<StoryEvent> events) {
        String self = name.toLowerCase(Locale.ROOT);
        Map<String, Participant> coded = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> byStatus = new TreeMap<>();
        for (StoryEvent se : events) {
            Map<String, Participant> here = new LinkedHashMap<>();          // each counterpart once per event
            for (Participant p : se.event().actors()) if (p.name() != null) here.putIfAbsent(p.name(), p);
            for (Participant p : se.event().recipients()) if (p.name() != null) here.putIfAbsent(p.name(), p);
            here.forEach((n, p) -> {
                if (n.toLowerCase(Locale.ROOT).equals(self)) return;
                coded.putIfAbsent(n, p);
                byStatus.computeIfAbsent(n, k -> new TreeMap<>()).merge(String.valueOf(Spelled.of(se.event().status())), 1, Integer::sum);
            });
        }
        List<Counterpart> out = new ArrayList<>();
        byStatus.forEach((n, counts) -> {
            Participant p = coded.get(n);
            out.add(new Counterpart(n, p.country(), p.sector(), counts.values().stream().mapToInt(Integer::intValue).sum(), counts));
        });
        out.sort(Comparator.comparingInt(Counterpart::events).reversed().thenComparing(Counterpart::name));
        return out;
    }
}
