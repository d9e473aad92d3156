package org.dateline.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dateline.core.Pipeline;
import org.dateline.core.model.Annotated;
import org.dateline.core.model.Article;
import org.dateline.core.model.Connected;
import org.dateline.core.read.UnreadableDocumentException;
import org.dateline.core.source.DocumentSource;
import org.dateline.core.source.RawDocument;
import org.dateline.core.source.SourceError;
import org.dateline.core.source.SourceItem;
import org.dateline.store.BatchResult;
import org.dateline.store.Store;
import org.dateline.store.StoreException;

/**
 * Streams documents from sources through the pipeline into the store, one transaction per batch. A bad document
 * costs one line on stderr and nothing else: the batch goes on and nothing stored before is touched.
 *
 * <p>Reading is cheap and runs on the caller's thread; with NLP, the language stages run on a small pool (the
 * pipeline is thread-safe once loaded) and results are taken back in input order, so the store ends up the same
 * whatever the thread timing. After the last batch the cross-article stage runs over the whole store.
 */
final class Ingester implements AutoCloseable {
    static final int BATCH = 500;
    /** Smaller with NLP: a batch is seconds of work, and a crash should lose little of it. */
    static final int NLP_BATCH = 64;
    private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);

    private final Store store;
    private final Pipeline pipeline;
    private final PrintStream err;
    private final Progress progress;
    private final LocalDate defaultDate;
    private final ExecutorService workers;
    private final List<Pending> pending = new ArrayList<>();
    private int read, added, duplicates, failed;
    private Connected connected;

    /** A document read and (with NLP) being annotated. */
    private record Pending(String source, Article article, CompletableFuture<Annotated> annotated) {}

    /** An ingest without NLP: articles only. */
    Ingester(Store store, Pipeline pipeline, PrintStream err, Progress progress, LocalDate defaultDate) {
        this(store, pipeline, err, progress, defaultDate, 0);
    }

    /** With {@code nlpThreads > 0}, articles are annotated on that many threads and connected at the end. */
    Ingester(Store store, Pipeline pipeline, PrintStream err, Progress progress, LocalDate defaultDate, int nlpThreads) {
        this.store = store;
        this.pipeline = pipeline;
        this.err = err;
        this.progress = progress;
        this.defaultDate = defaultDate;
        this.workers = nlpThreads > 0 ? Executors.newFixedThreadPool(nlpThreads, daemons()) : null;
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
        if (workers != null) connect();
        return summary();
    }

    /** Ingests items delivered one by one (the feed watcher's path). */
    IngestSummary runItems(List<SourceItem> items) {
        items.forEach(this::accept);
        flush();
        if (workers != null) connect();
        return summary();
    }

    IngestSummary summary() { return new IngestSummary(read, added, duplicates, failed); }

    /** What the cross-article stage stored at the end of the last run, or null when it did not run. */
    Connected connected() { return connected; }

    @Override public void close() {
        if (workers != null) workers.shutdownNow();
    }

    private void accept(SourceItem item) {
        if (item instanceof SourceError e) {
            fail(e.source(), e.reason());
            return;
        }
        RawDocument raw = (RawDocument) item;
        if (raw.date() == null && defaultDate != null) raw = raw.withDate(defaultDate);
        read++;
        try {
            Article article = pipeline.read(raw);
            CompletableFuture<Annotated> annotated = workers == null ? null
                    : CompletableFuture.supplyAsync(() -> pipeline.annotate(article), workers);
            pending.add(new Pending(raw.source(), article, annotated));
        } catch (UnreadableDocumentException e) {
            fail(raw.source(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("internal error on {}", raw.source(), e);
            fail(raw.source(), "internal error: " + e);
        }
        if (pending.size() >= (workers == null ? BATCH : NLP_BATCH)) flush();
        progress.update(summary());
    }

    private void flush() {
        if (pending.isEmpty()) return;
        List<Article> bare = new ArrayList<>();
        List<Annotated> annotated = new ArrayList<>();
        for (Pending p : pending) {
            if (p.annotated() == null) {
                bare.add(p.article());
                continue;
            }
            try {
                annotated.add(p.annotated().join());
            } catch (RuntimeException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                LOG.warn("language analysis failed on {}", p.source(), cause);
                fail(p.source(), "language analysis failed, stored without annotations: " + cause);
                bare.add(p.article());
            }
        }
        int size = pending.size();
        pending.clear();
        try {
            store(store.addAnnotated(annotated));
            store(store.add(bare));
        } catch (StoreException e) {
            // the batch's transaction rolled back: those documents are not stored, everything before them is
            failed += size;
            err.println("dateline: store: batch of " + size + " documents not stored: " + e.getMessage());
        }
    }

    private void store(BatchResult r) {
        added += r.added();
        duplicates += r.duplicates();
    }

    /** Runs the cross-article stage over everything stored and replaces its stored result. */
    private void connect() {
        try {
            List<Annotated> all = new ArrayList<>();
            store.annotated(all::add);
            connected = Connections.compute(all);
            store.replaceConnections(connected);
        } catch (RuntimeException e) {
            LOG.warn("cross-article stage failed", e);
            err.println("dateline: connect: the cross-article record was not updated: " + e.getMessage());
            failed++;
        }
    }

    private void fail(String source, String reason) {
        failed++;
        progress.done();
        err.println("dateline: " + source + ": " + reason);
    }

    private static ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "dateline-nlp-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
