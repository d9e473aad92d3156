package org.dateline.cli;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.dateline.core.model.ActorProfile;
import org.dateline.core.model.Annotated;
import org.dateline.core.model.Article;
import org.dateline.core.model.Connected;
import org.dateline.core.model.Entity;
import org.dateline.core.model.Event;
import org.dateline.core.model.Mention;
import org.dateline.core.model.Participant;
import org.dateline.core.model.StoryEvent;

/**
 * The cross-article stage as the CLI calls it: the one place to swap in {@code core.connect}'s Connector.
 *
 * <p>Until then it connects nothing: every per-article event becomes its own story event with a single mention
 * (its source sentence), no links, no threads; actor profiles are tallied from event participants and the
 * entities that name them, so the actor views have something true to show.
 */
final class Connections {
    private Connections() {}

    /** Everything Connect says about these articles (oldest first, as the store streams them). */
    static Connected compute(List<Annotated> articles) {
        List<StoryEvent> events = new ArrayList<>();
        for (Annotated a : articles) {
            for (Event e : a.events()) events.add(storyEvent(a.article(), e));
        }
        return new Connected(events, List.of(), actors(articles, events), Map.of(), Map.of());
    }

    private static StoryEvent storyEvent(Article a, Event e) {
        String id = a.contentHash().substring(0, Math.min(12, a.contentHash().length())) + "." + e.id();
        Event coded = new Event(id, e.type(), e.mode(), e.cameo(), e.actors(), e.recipients(), e.date(), e.dateMod(),
                e.place(), e.status(), e.topic(), e.start(), e.end(), e.confidence());
        Mention m = new Mention(a.id(), a.headline(), sentence(a.body(), e.start(), e.end()), e.start(), e.end(), e.id());
        return new StoryEvent(id, coded, List.of(m), List.of(), null);
    }

    /** The sentence(s) of the body holding the span [start, end), trimmed; the span itself if offsets are off. */
    static String sentence(String body, int start, int end) {
        if (start < 0 || end > body.length() || start >= end) return "";
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(body);
        int from = it.isBoundary(start) ? start : it.preceding(start);
        int to = it.following(end - 1);
        if (from == BreakIterator.DONE) from = 0;
        if (to == BreakIterator.DONE) to = body.length();
        int para = body.lastIndexOf("\n\n", start);                  // never run into the paragraph before or after
        if (para >= 0 && para + 2 > from) from = para + 2;
        int paraEnd = body.indexOf("\n\n", end);
        if (paraEnd >= 0 && paraEnd < to) to = paraEnd;
        return body.substring(from, to).strip();
    }

    private static List<ActorProfile> actors(List<Annotated> articles, List<StoryEvent> events) {
        Map<String, Participant> coded = new LinkedHashMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (StoryEvent se : events) {
            Set<String> names = new LinkedHashSet<>();
            for (Participant p : se.event().actors()) if (p.name() != null) { names.add(p.name()); coded.putIfAbsent(p.name(), p); }
            for (Participant p : se.event().recipients()) if (p.name() != null) { names.add(p.name()); coded.putIfAbsent(p.name(), p); }
            names.forEach(n -> counts.merge(n, 1, Integer::sum));
        }
        Map<String, Set<String>> aliases = new TreeMap<>();
        Map<String, String> types = new TreeMap<>();
        Map<String, Map<String, String[]>> roles = new TreeMap<>();
        for (Annotated a : articles) {
            String day = a.article().publicationDate();
            for (Entity e : a.entities()) {
                if (e.canonical() == null || !counts.containsKey(e.canonical())) continue;
                types.putIfAbsent(e.canonical(), e.type());
                if (!e.text().equals(e.canonical())) aliases.computeIfAbsent(e.canonical(), k -> new LinkedHashSet<>()).add(e.text());
                if (e.role() != null && day != null) {
                    roles.computeIfAbsent(e.canonical(), k -> new LinkedHashMap<>()).merge(e.role(), new String[] {day, day},
                            (x, y) -> new String[] {min(x[0], y[0]), max(x[1], y[1])});
                }
            }
        }
        List<ActorProfile> out = new ArrayList<>();
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            Participant p = coded.get(c.getKey());
            List<ActorProfile.Role> held = roles.getOrDefault(c.getKey(), Map.of()).entrySet().stream()
                    .map(r -> new ActorProfile.Role(r.getKey(), r.getValue()[0], r.getValue()[1])).toList();
            out.add(new ActorProfile(c.getKey(), types.get(c.getKey()), p.country(), p.sector(),
                    List.copyOf(aliases.getOrDefault(c.getKey(), Set.of())), held, c.getValue()));
        }
        out.sort(Comparator.comparingInt(ActorProfile::events).reversed().thenComparing(ActorProfile::name));
        return out;
    }

    private static String min(String a, String b) { return a.compareTo(b) <= 0 ? a : b; }

    private static String max(String a, String b) { return a.compareTo(b) >= 0 ? a : b; }
}
