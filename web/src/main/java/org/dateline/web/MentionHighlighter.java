package org.dateline.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dateline.model.Annotated;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * Finds, inside a mention's source sentence, the words that gave the event its actors, date and place, from the
 * article's stored entities and time expressions. This is what lets a reader check a coded fact against the text.
 *
 * <p>Spans never overlap (the page nests no marks): when two would, actors win over places, places over dates,
 * and the earlier, longer one over the rest.
 */
final class MentionHighlighter {
    private MentionHighlighter() {}

    /** The mention with its highlights; {@code annotated} may be null when the article is gone. */
    static MentionView view(Mention m, Event event, Annotated annotated) {
        if (annotated == null) {
            return new MentionView(m.article(), m.headline(), null, m.sentence(), -1, m.start(), m.end(), List.of());
        }
        String body = annotated.article().body();
        int at = locate(body, m.sentence(), m.start());
        if (at < 0) {
            return new MentionView(m.article(), m.headline(), annotated.article().publicationDate(), m.sentence(), -1,
                    m.start(), m.end(), List.of());
        }
        int to = at + m.sentence().length();
        List<Span> spans = new ArrayList<>();
        Set<String> names = names(event);
        String place = lower(event.place());
        for (Entity e : annotated.entities()) {
            if (e.start() < at || e.end() > to || e.start() >= e.end()) continue;
            if (names.contains(lower(e.canonical())) || names.contains(lower(e.text()))) {
                spans.add(span("actor", e.start(), e.end(), at, m.sentence(), e.canonical() != null ? e.canonical() : e.text()));
            } else if (place != null && (place.equals(lower(e.canonical())) || place.equals(lower(e.text())))) {
                spans.add(span("place", e.start(), e.end(), at, m.sentence(), event.place()));
            }
        }
        if (place != null && spans.stream().noneMatch(s -> s.kind().equals("place"))) {
            int p = m.sentence().toLowerCase(Locale.ROOT).indexOf(place);
            if (p >= 0) spans.add(new Span("place", p, p + place.length(), m.sentence().substring(p, p + place.length()), event.place()));
        }
        List<TimeExpression> dates = annotated.timexes().stream()
                .filter(t -> t.start() >= at && t.end() <= to && t.start() < t.end())
                .filter(t -> "DATE".equals(t.type()) || "TIME".equals(t.type()))
                .toList();
        List<TimeExpression> exact = dates.stream().filter(t -> sameDate(t.value(), event.date())).toList();
        for (TimeExpression t : exact.isEmpty() ? dates.stream().filter(t -> overlaps(t.value(), event.date())).toList() : exact) {
            spans.add(span("date", t.start(), t.end(), at, m.sentence(), t.value()));
        }
        return new MentionView(m.article(), m.headline(), annotated.article().publicationDate(), m.sentence(), at,
                m.start(), m.end(), disjoint(spans));
    }

    /** Where the sentence starts in the body: the occurrence holding the event span, else the nearest one. */
    static int locate(String body, String sentence, int eventStart) {
        if (sentence == null || sentence.isEmpty()) return -1;
        int best = -1;
        for (int i = body.indexOf(sentence); i >= 0; i = body.indexOf(sentence, i + 1)) {
            if (eventStart >= i && eventStart < i + sentence.length()) return i;
            if (best < 0 || Math.abs(i - eventStart) < Math.abs(best - eventStart)) best = i;
        }
        return best;
    }

    private static Span span(String kind, int start, int end, int at, String sentence, String value) {
        return new Span(kind, start - at, end - at, sentence.substring(start - at, end - at), value);
    }

    private static Set<String> names(Event e) {
        return Stream.concat(e.actors().stream(), e.recipients().stream())
                .map(Participant::name).map(MentionHighlighter::lower).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static boolean sameDate(String value, String date) {
        return value != null && date != null && (value.equals(date) || value.replace("XXXX", "").equals(date.length() > 4 ? date.substring(4) : date));
    }

    /** A day inside the event's month or week counts; so does a month holding the event's day. */
    private static boolean overlaps(String value, String date) {
        return value != null && date != null && !value.isEmpty() && !date.isEmpty()
                && (value.startsWith(date) || date.startsWith(value));
    }

    private static List<Span> disjoint(List<Span> spans) {
        List<String> priority = List.of("actor", "place", "date");
        List<Span> ranked = new ArrayList<>(spans);
        ranked.sort(Comparator.comparingInt((Span s) -> priority.indexOf(s.kind())).thenComparingInt(Span::start)
                .thenComparingInt(s -> s.start() - s.end()));
        List<Span> kept = new ArrayList<>();
        for (Span s : ranked) {
            if (kept.stream().noneMatch(k -> k.start() < s.end() && s.start() < k.end())) kept.add(s);
        }
        kept.sort(Comparator.comparingInt(Span::start));
        return kept;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
