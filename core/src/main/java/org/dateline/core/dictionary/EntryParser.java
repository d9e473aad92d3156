package org.dateline.core.dictionary;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Turns the lines of one dictionary into entries, one at a time, so that a 50,000-line file is never held whole.
 * A line that does not fit goes to the problem handler; the handler either rethrows (strict reading) or notes it and
 * lets reading go on with the next entry.
 */
abstract class EntryParser<T> implements Iterator<T> {
    final LineReader lines;
    private final Consumer<DictionaryException> onProblem;
    private T next;
    private boolean done;

    EntryParser(LineReader lines, Consumer<DictionaryException> onProblem) {
        this.lines = lines;
        this.onProblem = onProblem;
    }

    /** The next entry, or null at the end of the file. Throws DictionaryException for a line that does not fit. */
    abstract T parseNext();

    @Override
    public final boolean hasNext() {
        while (next == null && !done) {
            try {
                next = parseNext();
                if (next == null) done = true;
            } catch (DictionaryException e) {
                onProblem.accept(e);
            }
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) throw new NoSuchElementException();
        T t = next;
        next = null;
        return t;
    }

    /** The entries as a lazy stream that closes the file when the stream is closed. */
    final Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(lines::close);
    }

    /**
     * Reports a line that does not fit but does not end the entry it is in (a bad pattern in a verb family): the
     * handler rethrows under strict reading, or notes it and the line is left out.
     */
    final void problem(DictionaryException e) { onProblem.accept(e); }

    DictionaryException error(DictionaryLine line, String reason) {
        return lines.error(line.number(), reason + ": '" + line.text() + "'");
    }
}
