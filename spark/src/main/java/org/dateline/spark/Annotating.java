package org.dateline.spark;

import java.util.Iterator;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.dateline.core.Pipeline;
import org.dateline.core.source.UnreadableDocumentException;

/**
 * Executor side of annotation: runs core's {@link Pipeline} on each document of a partition, with the models of
 * this JVM ({@link PipelineHolder}). A document the pipeline cannot read or chokes on becomes one error row and the
 * partition goes on, so one bad page never fails a task (and Spark never retries a task for a page that will
 * fail again).
 */
final class Annotating implements FlatMapFunction<Iterator<ReadItem>, Outcome> {
    private static final long serialVersionUID = 1L;

    @Override public Iterator<Outcome> call(Iterator<ReadItem> items) {
        return new Iterator<>() {
            @Override public boolean hasNext() { return items.hasNext(); }

            @Override public Outcome next() { return annotate(items.next()); }
        };
    }

    static Outcome annotate(ReadItem item) {
        if (item.failed()) return Rows.error(item.source(), "read", item.error());
        try {
            return Rows.of(PipelineHolder.pipeline().annotate(item.toRawDocument()));
        } catch (UnreadableDocumentException e) {
            return Rows.error(item.source(), "read", oneLine(e));
        } catch (RuntimeException | StackOverflowError e) {
            return Rows.error(item.source(), "annotate", e.getClass().getSimpleName() + ": " + oneLine(e));
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null) return e.getClass().getSimpleName();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
