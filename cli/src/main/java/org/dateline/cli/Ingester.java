package org.dateline.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dateline.core.Pipeline;
import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.core.read.draft.PageType;
import org.dateline.core.read.draft.ReadPage;
import org.dateline.core.source.UnreadableDocumentException;
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
    private boolean modelsAsked;
    /** Articles stored or annotated by this run: when none, what Connect would compute is what is stored. */
    private int changed;
    private Connected connected;

    private boolean everyPage;
    /** Pages analysed whose events were withheld: they report no public affairs ({@link org.dateline.core.event.PublicAffairs}). */
    private final AtomicInteger withheld = new AtomicInteger();
    private org.dateline.core.connect.ActorOverrides overrides = org.dateline.core.connect.ActorOverrides.none();

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

    /**
     * With {@code true}, events are coded from every page; by default listings, forum threads and product pages are
     * stored with their text but not coded: they report no events of their own; and an article that reports no
     * public affairs (sport, products, leisure) is stored with its entities and dates but no events.
     */
    Ingester codingEveryPage(boolean every) {
        this.everyPage = every;
        return this;
    }

    /** The user's actor corrections, applied every time the cross-article stage runs. */
    Ingester withActorOverrides(org.dateline.core.connect.ActorOverrides o) {
        this.overrides = o;
        return this;
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
        if (workers != null && changed > 0) connect();
        return summary();
    }

    /** Ingests items delivered one by one (the feed watcher's path). */
    IngestSummary runItems(List<SourceItem> items) {
        items.forEach(this::accept);
        flush();
        if (workers != null && changed > 0) connect();
        return summary();
    }

    /** Articles, and pages too short to tell, are coded; pages known to be something else only when asked. */
    private boolean coded(ReadPage page) {
        PageType t = page.pageType().type();
        return everyPage || t == PageType.ARTICLE || t == PageType.OTHER;
    }

    IngestSummary summary() { return new IngestSummary(read, added, duplicates, failed); }

    /** How many pages analysed so far got no events because they report no public affairs (none with every page coded). */
    int withheld() { return withheld.get(); }

    /** What the cross-article stage stored at the end of the last run, or null when it did not run (no NLP, or nothing new). */
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
            ReadPage page = pipeline.readPage(raw);
            Article article = page.article();
            boolean coded = workers != null && coded(page);
            Optional<String> tooLong = coded ? Pipeline.tooLongToAnalyse(article) : Optional.empty();
            if (tooLong.isPresent()) fail(raw.source(), tooLong.get() + ", stored without annotations");
            boolean modelsNeeded = coded && tooLong.isEmpty() && !store.isAnnotated(article.contentHash());
            CompletableFuture<Annotated> annotated = !coded || tooLong.isPresent() ? null
                    : modelsNeeded ? annotating(article)
                    : CompletableFuture.completedFuture(Annotated.of(article));   // seen before: kept as it is
            if (!modelsNeeded) progress.processed();
            pending.add(new Pending(raw.source(), article, annotated));
        } catch (UnreadableDocumentException e) {
            fail(raw.source(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("internal error on {}", raw.source(), e);
            fail(raw.source(), "internal error: " + e);
        }
        if (workers == null && pending.size() >= BATCH) flush();
        // with NLP, keep a second batch queued on the pool while the first is stored: no idle cores between batches
        if (workers != null && pending.size() >= 2 * NLP_BATCH) flush(NLP_BATCH);
        progress.update(summary());
    }

    /** The article on the worker pool; the first one sent there loads the language models. */
    private CompletableFuture<Annotated> annotating(Article article) {
        if (!modelsAsked) {
            modelsAsked = true;
            progress.loadingModels();
        }
        return CompletableFuture.supplyAsync(() -> counted(pipeline.annotateJudged(article, everyPage)), workers)
                .whenComplete((a, e) -> progress.processed());
    }

    /** The annotated article, its page counted when its events were withheld. */
    private Annotated counted(Pipeline.Judged judged) {
        if (!judged.publicAffairs().reports() && !everyPage) withheld.incrementAndGet();
        return judged.annotated();
    }

    private void flush() {
        flush(pending.size());
    }

    /** Stores the first {@code count} pending documents (waiting for their annotations) in one transaction. */
    private void flush(int count) {
        if (count == 0) return;
        List<Pending> batch = new ArrayList<>(pending.subList(0, count));
        pending.subList(0, count).clear();
        List<Article> bare = new ArrayList<>();
        List<Annotated> annotated = new ArrayList<>();
        for (Pending p : batch) {
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
        storeBatch(annotated, store::addAnnotated, Annotated::article);
        storeBatch(bare, store::add, a -> a);
    }

    /**
     * Stores items in one transaction; when that fails (and rolls back), stores them one by one, so that one bad
     * document costs only itself.
     */
    private <T> void storeBatch(List<T> items, Function<List<T>, BatchResult> write, Function<T, Article> articleOf) {
        if (items.isEmpty()) return;
        try {
            store(write.apply(items));
            return;
        } catch (StoreException e) {
            if (items.size() > 1) {
                err.println("dateline: store: batch of " + items.size() + " documents not stored (" + e.getMessage()
                        + "); storing them one by one");
            }
        }
        for (T item : items) {
            try {
                store(write.apply(List.of(item)));
            } catch (StoreException e) {
                Article a = articleOf.apply(item);
                fail(a.source() != null ? a.source() : a.id(), "not stored: " + e.getMessage());
            }
        }
    }

    private void store(BatchResult r) {
        added += r.added();
        duplicates += r.duplicates();
        changed += r.added() + r.annotated();
    }

    /** Runs the cross-article stage over everything stored and replaces its stored result. */
    private void connect() {
        try {
            List<Annotated> all = new ArrayList<>();
            store.annotated(all::add);
            connected = Connections.compute(all, overrides);
            for (String problem : overrides.problems()) err.println("dateline: actor overrides: " + problem);
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
