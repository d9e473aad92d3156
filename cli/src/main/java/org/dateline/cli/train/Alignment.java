package org.dateline.cli.train;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.model.Event;

/**
 * Puts a document's judged rows on the events the coder gives it now (filter off): a row belongs to the coded event
 * with the same start, end and trigger. A row that finds none is reported (the coder changed since the judging), and
 * so is a coded event no row judges; neither becomes a training row.
 */
final class Alignment {
    private Alignment() {}

    /**
     * The judgements of one document.
     *
     * @param doc      the document's key
     * @param coded    the events coded now, filter off
     * @param features their features, one list per event
     * @param rows     the judge's rows of this document
     * @param problems receives one line per row that does not align and per coded event left unjudged
     */
    static List<Judgement> align(String doc, List<Event> coded, List<List<String>> features, List<JudgedRow> rows,
                                 List<String> problems) {
        // one span and trigger may carry two events (a meeting coded once per guest): rows take them in order
        Map<String, ArrayDeque<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < coded.size(); i++) {
            byKey.computeIfAbsent(key(coded.get(i).start(), coded.get(i).end(), coded.get(i).trigger()), k -> new ArrayDeque<>()).add(i);
        }
        List<Judgement> out = new ArrayList<>();
        Set<Integer> judged = new HashSet<>();
        for (JudgedRow r : rows) {
            if (r.missed()) {
                out.add(new Judgement(doc, List.of(), Judgement.Label.MISSED));
                continue;
            }
            ArrayDeque<Integer> left = byKey.get(key(r.start(), r.end(), r.trigger()));
            Integer i = left == null ? null : left.poll();
            if (left == null) {
                problems.add("unaligned " + doc + " " + r.start() + "-" + r.end() + " '" + r.trigger() + "' " + r.codedType()
                        + ": no such event coded now (the coder changed)");
            } else if (i == null) {
                problems.add("twice " + doc + " " + r.start() + "-" + r.end() + " '" + r.trigger() + "': more rows than events coded there");
            } else {
                judged.add(i);
                out.add(new Judgement(doc, features.get(i),
                        r.verdict().equals(JudgedRow.RIGHT) ? Judgement.Label.RIGHT : Judgement.Label.WRONG));
            }
        }
        for (int i = 0; i < coded.size(); i++) {
            Event e = coded.get(i);
            if (!judged.contains(i)) {
                problems.add("unjudged " + doc + " " + e.start() + "-" + e.end() + " '" + e.trigger() + "' " + e.type()
                        + ": coded now, no row (new since the judging)");
            }
        }
        return out;
    }

    private static String key(int start, int end, String trigger) {
        return start + "|" + end + "|" + (trigger == null ? "" : trigger.strip());
    }
}
