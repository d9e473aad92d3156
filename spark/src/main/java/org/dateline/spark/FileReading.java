package org.dateline.spark;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.dateline.core.source.DocumentSource;
import org.dateline.core.source.Sources;

/**
 * Executor side of reading: one input file in, its documents (and its errors) out, read by core's
 * {@link Sources#forFile} exactly as the embedded CLI reads it (WARC, JSON Lines, HTML or wire text by extension and
 * content). A local path must be visible at the same path on every executor (a shared mount); a Hadoop URI is
 * opened through Hadoop's file system ({@link HadoopFiles}).
 */
final class FileReading implements FlatMapFunction<String, ReadItem> {
    private static final long serialVersionUID = 1L;
    /** Documents read ahead of the consumer per open file. */
    private static final int READ_AHEAD = 32;

    @Override public Iterator<ReadItem> call(String file) {
        DocumentSource source;
        if (HadoopFiles.isHadoopUri(file)) {
            source = HadoopFiles.source(file);
        } else {
            try {
                source = Sources.forFile(Path.of(file));
            } catch (InvalidPathException e) {
                return List.of(ReadItem.failed(file, "not a valid path: " + e.getMessage())).iterator();
            }
        }
        PushIterator<ReadItem> items = new PushIterator<>(file, READ_AHEAD,
                sink -> source.read(item -> sink.accept(ReadItem.of(item))));
        TaskContext task = TaskContext.get();
        if (task != null) task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> items.close());
        return items;
    }
}
