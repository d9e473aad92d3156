package org.dateline.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.dateline.model.Participant;
import org.dateline.model.Spelled;
import org.dateline.model.StoryEvent;

/**
 * What the events page offers in its drop-downs, with how many events each choice gives: types, quad classes,
 * statuses, the countries and sectors of participants; and the span of dates the store's events cover, so the
 * date fields can say what is there. Counts are over the events the other criteria select (the drop-downs' own
 * choices left out, so picking one does not hide the rest).
 *
 * @param earliest first day any event in the store covers, or null
 * @param latest   last such day, or null
 */
public record Facets(List<Choice> types, List<Choice> quads, List<Choice> statuses, List<Choice> countries,
                     List<Choice> sectors, String earliest, String latest) {

    /** One choice: the value to send, a readable label, and the events it gives. */
    public record Choice(String value, String label, int count) {}

    static Facets of(List<StoryEvent> selected, List<StoryEvent> whole) {
        Codebook book = Codebook.standard();
        List<Choice> quads = count(selected, se -> Set.of(String.valueOf(Codebook.quadOf(se.event().type()))),
                q -> book.quads().getOrDefault(q, "no quad class")).stream()
                .filter(c -> !c.value().equals("0")).sorted(Comparator.comparing(Choice::value)).toList();
        LocalDate first = null, last = null;
        for (StoryEvent se : whole) {
            EventDates.Span s = EventDates.span(se.event().date());
            if (s == null) continue;
            if (first == null || s.first().isBefore(first)) first = s.first();
            if (last == null || s.last().isAfter(last)) last = s.last();
        }
        return new Facets(
                count(selected, se -> one(Spelled.of(se.event().type())), Function.identity()),
                quads,
                count(selected, se -> one(Spelled.of(se.event().status())), Function.identity()),
                countries(selected),
                count(selected, se -> codes(se, Participant::sector), Function.identity()),
                first == null ? null : first.toString(), last == null ? null : last.toString());
    }

    /** Events per participant country (an event counts once for each country taking part), most first. */
    static List<Choice> countries(List<StoryEvent> events) {
        return count(events, se -> codes(se, Participant::country), Function.identity());
    }

    /** Events per value, most first; an event counts once per value it has. */
    private static List<Choice> count(List<StoryEvent> events, Function<StoryEvent, Set<String>> values,
                                      Function<String, String> label) {
        Map<String, Integer> counts = new TreeMap<>();
        for (StoryEvent se : events) values.apply(se).forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Choice(e.getKey(), label.apply(e.getKey()), e.getValue())).toList();
    }

    private static Set<String> one(String v) {
        return v == null || v.isBlank() ? Set.of() : Set.of(v);
    }

    private static Set<String> codes(StoryEvent se, Function<Participant, String> code) {
        Set<String> out = new HashSet<>();
        EventQuery.participants(se).map(code).filter(c -> c != null && !c.isBlank()).forEach(out::add);
        return out;
    }
}
