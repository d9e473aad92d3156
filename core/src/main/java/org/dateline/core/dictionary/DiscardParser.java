package org.dateline.core.dictionary;

import java.util.function.Consumer;

/** Reads the discard list: one phrase a line, {@code +} for a whole story, a final {@code _} for a whole word. */
final class DiscardParser extends EntryParser<DiscardEntry> {
    DiscardParser(LineReader lines, Consumer<DictionaryException> onProblem) { super(lines, onProblem); }

    @Override
    DiscardEntry parseNext() {
        DictionaryLine line = lines.next();
        if (line == null) return null;
        String t = line.text();
        boolean story = t.startsWith("+");
        if (story) t = t.substring(1).strip();
        boolean wholeWord = t.endsWith("_");
        if (wholeWord) t = t.substring(0, t.length() - 1).strip();
        if (t.isEmpty() || t.contains("[")) throw error(line, "a discard is a phrase alone");
        return new DiscardEntry(t, story, wholeWord, line.number());
    }
}
