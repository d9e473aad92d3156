package org.dateline.cli.train;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dateline.model.Event;

/**
 * Puts a document's judged rows on the events the coder gives it now (filter off): a row belongs to the first coded
 * event not yet taken with the same start, end and trigger ({@link #rowEvent}; one span and trigger may carry two
 * events, a meeting coded once per guest, and rows take them in order). A row that finds none is reported (the coder
 * changed since the judging), and so is a coded event no row judges; neither becomes a training row.
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
        List<Judgement> out = new ArrayList<>();
        Set<Integer> judged = new HashSet<>();
        for (JudgedRow r : rows) {
            if (r.missed()) {
                out.add(new Judgement(doc, List.of(), Judgement.Label.MISSED));
                continue;
            }
            int i = rowEvent(coded, r, judged, false);
            if (i >= 0) {
                judged.add(i);
                out.add(new Judgement(doc, features.get(i),
                        r.right() ? Judgement.Label.RIGHT : Judgement.Label.WRONG));
            } else if (rowEvent(coded, r, Set.of(), false) < 0) {
                problems.add("unaligned " + doc + " " + r.start() + "-" + r.end() + " '" + r.trigger() + "' " + r.codedType()
                        + ": no such event coded now (the coder changed)");
            } else {
                problems.add("twice " + doc + " " + r.start() + "-" + r.end() + " '" + r.trigger() + "': more rows than events coded there");
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

    /**
     * The one rule that puts a judged row on a coded event, for the trainer and the judged evaluation
     * ({@link JudgedScore}): the index of the first event not in {@code taken} with the row's start, end and trigger
     * (stripped), and, when {@code sameType}, the row's coded type; -1 when there is none.
     *
     * <p>The one difference: the evaluation asks the type, the trainer does not. The evaluation scores coders changed
     * since the judging, where a verdict about one type says nothing of another coded on the same words. The trainer is
     * meant to run on the coder the rows were judged on (a changed coder shows as unaligned and unjudged events, and
     * the README asks for re-judging), where a span and trigger carry the judged type: on the coder of stop s32's
     * start, 981 of the 994 rows of coded events align, the same 981 with the type asked or not. Asking it there too
     * would change no training row today; it would only turn a type changed under a kept span into an unaligned row.
     */
    static int rowEvent(List<Event> coded, JudgedRow r, Set<Integer> taken, boolean sameType) {
        for (int i = 0; i < coded.size(); i++) {
            Event e = coded.get(i);
            String trigger = e.trigger() == null ? "" : e.trigger().strip();
            String type = e.type() == null ? "" : e.type().name();
            if (!taken.contains(i) && e.start() == r.start() && e.end() == r.end() && trigger.equals(r.trigger())
                    && (!sameType || type.equals(r.codedType()))) return i;
        }
        return -1;
    }
}
