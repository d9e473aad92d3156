package org.dateline.cli.eval;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.model.Event;

/**
 * One report of a labelled merge pair, as the label file names it. Two ways are read:
 * <ul>
 * <li>{@code article#E2}: the article's per-article event id. Ids are numbered anew whenever an article is annotated
 * again, so after a re-ingest such a key may name an event of another sentence than the one a person read;</li>
 * <li>{@code article@start-end/TYPE/at}: the body offsets of the sentence the person read, the event type it was
 * coded as and the body offset where the event's span started. It names the report by what was read, so it
 * survives a re-annotation: the report is the event of that type whose span starts inside the sentence (the one
 * starting nearest {@code at} when there are several), else the clause read, coded as another type now (an event
 * starting at {@code at}). A sentence the coder now gives neither has no report, and the pair is left
 * unscored.</li>
 * </ul>
 * Offsets only, never the words: the labels carry facts about the corpus, not its text.
 */
record LabelledReport(String article, String eventId, int start, int end, String type, int at) {
    private static final Pattern SENTENCE = Pattern.compile("([^@#\\s]+)@(\\d+)-(\\d+)/([A-Z_]+)/(\\d+)");

    static LabelledReport parse(String key) {
        Matcher m = SENTENCE.matcher(key);
        if (m.matches()) {
            return new LabelledReport(m.group(1), null, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.group(4), Integer.parseInt(m.group(5)));
        }
        int hash = key.lastIndexOf('#');
        if (hash <= 0 || hash == key.length() - 1) throw new IllegalArgumentException("not a report key: " + key);
        return new LabelledReport(key.substring(0, hash), key.substring(hash + 1), -1, -1, null, -1);
    }

    /** True when the report is named by its sentence rather than by an event id. */
    boolean bySentence() { return eventId == null; }

    /**
     * The event this report is among the article's events as the store now has them, if any. By sentence: the event
     * of the labelled type starting nearest {@code at} in the sentence; failing that, an event of another type whose
     * span starts exactly at {@code at}: the very clause that was read, coded anew ("staged a drill" once a
     * cooperation, now a mobilisation). Whether two reports tell one happening does not depend on the type the
     * coder gives them; an event of another type elsewhere in the sentence is another clause, and is not taken.
     */
    Optional<Event> in(List<Event> events) {
        Event best = null, recoded = null;
        for (Event e : events) {
            if (!bySentence()) {
                if (eventId.equals(e.id())) return Optional.of(e);
                continue;
            }
            if (e.start() < start || e.start() >= end || e.type() == null) continue;
            if (!e.type().name().equals(type)) {
                if (e.start() == at && recoded == null) recoded = e;
                continue;
            }
            if (best == null || Math.abs(e.start() - at) < Math.abs(best.start() - at)) best = e;
        }
        return Optional.ofNullable(best != null ? best : recoded);
    }
}
