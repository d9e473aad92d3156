package org.dateline.cli.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.dateline.core.connect.Sentences;
import org.dateline.model.Annotated;
import org.dateline.model.Event;

/**
 * Re-keys a label file by sentence: every report named {@code article#E2} (an event id, which only a store annotated
 * by the very same code reproduces) becomes {@code article@start-end/TYPE/at}, the body offsets of its sentence, its
 * coded type and where its span began, read from the store the labels were drawn on. Such a key survives a
 * re-annotation (see {@link LabelledReport}). Everything else of the file (comment lines, pair names, labels,
 * reasons, line ends) is copied byte for byte; a report the store does not have keeps its id and is counted.
 */
final class SentenceKeys {
    private static final Pattern LINE = Pattern.compile("(?<=\n)");

    /** The re-keyed text and what happened to its reports. */
    record Result(String text, int rekeyed, List<String> missing, List<String> ambiguous) {}

    private SentenceKeys() {}

    /** The sentence key of one event of an article, or null when it has no type. */
    static String key(Annotated a, Event e) {
        if (e.type() == null) return null;
        int[] s = Sentences.span(a.article().body(), e.start(), e.end());
        int from = Math.min(s[0], e.start()), to = Math.max(s[1], e.start() + 1);
        return a.article().id() + "@" + from + "-" + to + "/" + e.type().name() + "/" + e.start();
    }

    static Result rekey(String labels, ConnectedStore store) {
        StringBuilder out = new StringBuilder(labels.length() + labels.length() / 2);
        int rekeyed = 0;
        List<String> missing = new ArrayList<>(), ambiguous = new ArrayList<>();
        for (String raw : LINE.split(labels, -1)) {
            int bodyEnd = raw.endsWith("\r\n") ? raw.length() - 2 : raw.endsWith("\n") ? raw.length() - 1 : raw.length();
            String line = raw.substring(0, bodyEnd);
            if (line.isBlank() || line.startsWith("#")) { out.append(raw); continue; }
            String[] f = line.split("\t", -1);
            for (int i = 1; i <= 2 && i < f.length; i++) {
                LabelledReport r = LabelledReport.parse(f[i]);
                if (r.bySentence()) continue;
                Annotated a = store.articles().get(r.article());
                Event e = a == null ? null : r.in(a.events()).orElse(null);
                String k = e == null ? null : key(a, e);
                if (k == null) { missing.add(f[0] + " " + f[i]); continue; }
                // the key must name this very event again on this store (two events of one type at one offset would not)
                Event back = LabelledReport.parse(k).in(a.events()).orElse(null);
                if (back == null || !back.id().equals(e.id())) ambiguous.add(f[0] + " " + f[i]);
                f[i] = k;
                rekeyed++;
            }
            out.append(String.join("\t", f)).append(raw, bodyEnd, raw.length());
        }
        return new Result(out.toString(), rekeyed, missing, ambiguous);
    }
}
