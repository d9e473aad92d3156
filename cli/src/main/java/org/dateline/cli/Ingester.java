package org.dateline.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dateline.core.Pipeline;
import org.dateline.core.model.Article;
import org.dateline.core.read.UnreadableDocumentException;
import org.dateline.core.source.DocumentSource;
import org.dateline.core.source.RawDocument;
import org.dateline.core.source.SourceError;
import org.dateline.core.source.SourceItem;
import org.dateline.store.BatchResult;
import org.dateline.store.Store;
import org.dateline.store.StoreException;

/**
 * Streams documents from sources through the pipeline into the store, in transactions of {@value #BATCH}
 * articles. A bad document costs one line on stderr and nothing else: the batch goes on and nothing stored
 * before is touched.
 */
final class Ingester {
    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);

    private final Store store;
    private final Pipeline pipeline;
    private final PrintStream err;
    private final Progress progress;
    private final LocalDate defaultDate;
    private final List<Article> pending = new ArrayList<>();
    private int read, added, duplicates, failed;

    Ingester(Store store, Pipeline pipeline, PrintStream err, Progress progress, LocalDate defaultDate) {
        this.store = store;
        this.pipeline = pipeline;
        this.err = err;
        this.progress = progress;
        this.defaultDate = defaultDate;
    }

    /** Ingests every source and returns the totals. */
    IngestSummary run(List<DocumentSource> sources) {
        for (DocumentSource source : sources) {
            LOG.debug("reading {}", source.name());
            try (source) {
                source.read(this::accept);
            } catch (Exception e) {
                fail(source.name(), "could not be read: " + e.getMessage());
            }
        }
        flush();
        progress.done();
        return summary();
    }

    /** Ingests items delivered one by one (the feed watcher's path). */
    IngestSummary runItems(List<SourceItem> items) {
        items.forEach(this::accept);
        flush();
        return summary();
    }

    IngestSummary summary() { return new IngestSummary(read, added, duplicates, failed); }

    private void accept(SourceItem item) {
        if (item instanceof SourceError e) {
            fail(e.source(), e.reason());
            return;
        }
        RawDocument raw = (RawDocument) item;
        if (raw.date() == null && defaultDate != null) raw = raw.withDate(defaultDate);
        read++;
        try {
            pending.add(pipeline.read(raw));
        } catch (UnreadableDocumentException e) {
            fail(raw.source(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("internal error on {}", raw.source(), e);
            fail(raw.source(), "internal error: " + e);
        }
        if (pending.size() >= BATCH) flush();
        progress.update(summary());
    }

    private void flush() {
        if (pending.isEmpty()) return;
        try {
            BatchResult r = store.add(pending);
            added += r.added();
            duplicates += r.duplicates();
        } catch (StoreException e) {
            // the batch's transaction rolled back: those documents are not stored, everything before them is
            failed += pending.size();
            err.println("dateline: store: batch of " + pending.size() + " documents not stored: " + e.getMessage());
        }
        pending.clear();
    }

    private void fail(String source, String reason) {
        failed++;
        progress.done();
        err.println("dateline: " + source + ": " + reason);
    }
}
