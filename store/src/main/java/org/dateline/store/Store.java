package org.dateline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.dateline.model.ActorProfile;
import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.StoryEvent;
import org.dateline.model.StoryThread;

/**
 * Dateline's record: one SQLite file holding every article read, with a full-text index over headline and body,
 * what the per-document pipeline found in each (entities, time expressions, quotes, events) and what the
 * cross-article stage made of them all (story events with their mentions and links, threads, actor profiles).
 *
 * <p>The file is in WAL mode, so readers (other threads, other processes) keep reading while a batch is written,
 * and a crash loses at most the batch under way, never part of one. Articles are keyed by content hash: storing
 * the same text twice is a no-op, while the id the source gave is kept as {@code doc_id} (ids are not unique).
 *
 * <p>Thread-safe: writes are serialised on one connection, reads use a small pool of read-only connections.
 *
 * <p>This class is the door, not the rooms: each method lends a connection to the package-private class that knows
 * the tables. Articles go in through {@code ArticleWriter} and {@code AnnotationWriter} and come back through
 * {@code ArticleQueries} (by id, newest, counts, stats) and {@code AnnotationReader}; search is
 * {@code FullTextSearch}; the cross-article record goes in through {@code ConnectionsWriter} and comes back through
 * {@code StoryEventReader} (story events, links) and {@code ProfileReader} (actors, threads, quotes, the whole record).
 */
public final class Store implements AutoCloseable {
    /** How long to wait for another process's write lock before reporting the file as locked. */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(10);
    private static final int READERS = 4;

    private final Path file;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReaderPool readers;
    private final DataVersion dataVersion;
    private final int schemaVersion;

    private Store(Path file, Connection writer, ReaderPool readers, DataVersion dataVersion, int schemaVersion) {
        this.file = file;
        this.writer = writer;
        this.readers = readers;
        this.dataVersion = dataVersion;
        this.schemaVersion = schemaVersion;
    }

    /** Opens the store in {@code file}, creating it (and its folder) when missing and migrating an older one. */
    public static Store open(Path file) {
        return open(file, DEFAULT_BUSY_TIMEOUT);
    }

    /** As {@link #open(Path)}, waiting at most {@code busyTimeout} for other processes' locks. */
    public static Store open(Path file, Duration busyTimeout) {
        return open(file, busyTimeout, Migrations.bundled());
    }

    /**
     * Opens a store that must already exist: commands that only read (search, stats, serve) should not
     * leave an empty database behind when the user mistyped {@code --db}.
     *
     * @throws StoreException when {@code file} does not exist
     */
    public static Store openExisting(Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new StoreException(file + ": no such store (run 'dateline ingest --db " + file + " SOURCE' first)");
        }
        return open(file);
    }

    static Store open(Path file, Duration busyTimeout, Migrations migrations) {
        Connection writer = SqliteFiles.openWriter(file, busyTimeout);
        try {
            migrations.apply(writer, file);
            int version = Migrations.currentVersion(writer);
            return new Store(file, writer, new ReaderPool(file, busyTimeout, READERS), new DataVersion(file, busyTimeout),
                    version);
        } catch (SQLException | RuntimeException e) {
            try {
                writer.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof StoreException se) throw se;
            if (e instanceof SQLException sql) throw SqliteFiles.explain(file, sql);
            throw (RuntimeException) e;
        }
    }

    /**
     * A number that changes whenever anything is committed to the store, by this process or another: what was read
     * from the store may be reused while it stays the same.
     */
    public long dataVersion() {
        return dataVersion.get();
    }

    /**
     * A number that changes whenever the cross-article record (story events, threads, actors) is replaced, and only
     * then: answers read from that record stay valid while it is the same, however many articles are added.
     */
    public long connectionsGeneration() {
        return readers.read(c -> Rows.list(c, "SELECT n FROM connections_generation", rs -> rs.getLong(1)).get(0));
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /**
     * Stores a batch in one transaction: either every new article of the batch is stored, or (on error) none.
     * Articles whose content hash is already stored, or that repeat one earlier in the batch, count as duplicates.
     */
    public BatchResult add(List<Article> articles) {
        if (articles.isEmpty()) return new BatchResult(0, 0, List.of());
        return write(() -> Transactions.inWriteTransaction(writer, () -> ArticleWriter.insert(writer, articles)));
    }

    /**
     * The article with this store key (content hash), else the first one stored under this source id
     * ({@code doc_id}), else the only one whose content hash starts with {@code id} (at least 8 characters).
     */
    public Optional<Article> article(String id) {
        return readers.read(c -> ArticleQueries.article(c, id));
    }

    /** Every article stored under this source id, in insertion order (ids may be reused for different texts). */
    public List<Article> articlesWithDocId(String docId) {
        return readers.read(c -> ArticleQueries.withDocId(c, docId));
    }

    /**
     * The latest articles: by publication date, newest first (dates without a known year after all dated ones),
     * then most recently stored first.
     */
    public List<Article> newest(int limit) {
        if (limit <= 0) return List.of();
        return readers.read(c -> ArticleQueries.newest(c, limit));
    }

    public long count() {
        return readers.read(ArticleQueries::count);
    }

    public Stats stats() {
        return readers.read(c -> ArticleQueries.stats(c, file, schemaVersion));
    }

    /** Full-text search with {@code [} and {@code ]} around matched terms in the snippet. */
    public List<SearchHit> search(String query, int limit, int offset) {
        return search(query, limit, offset, "[", "]");
    }

    /**
     * Full-text search over headline and body, best first (BM25, a headline match weighing
     * {@value FullTextSearch#HEADLINE_WEIGHT} times a body match). FTS5 syntax (phrases, OR, NOT, prefix*) works;
     * a query FTS5 cannot parse is searched word by word. Runs within {@link SearchBudget#DEFAULT}.
     *
     * @throws InvalidQueryException when the query has no words, or more terms than a search may have
     * @throws SearchInterruptedException when the search ran out of time or the store was closed under it
     */
    public List<SearchHit> search(String query, int limit, int offset, String openMark, String closeMark) {
        return search(query, limit, offset, openMark, closeMark, SearchBudget.DEFAULT);
    }

    /** As {@link #search(String, int, int, String, String)}, stopped when {@code budget} runs out. */
    public List<SearchHit> search(String query, int limit, int offset, String openMark, String closeMark,
                                  SearchBudget budget) {
        return readers.read(c -> FullTextSearch.search(c, query, limit, offset, openMark, closeMark, budget,
                readers::isClosed));
    }

    /** How many articles {@link #search} finds for the query in all (for "N hits"), within the same bounds. */
    public long searchCount(String query) {
        return searchCount(query, SearchBudget.DEFAULT);
    }

    /** As {@link #searchCount(String)}, stopped when {@code budget} runs out. */
    public long searchCount(String query, SearchBudget budget) {
        return readers.read(c -> FullTextSearch.count(c, query, budget, readers::isClosed));
    }

    /**
     * Checks the file (SQLite's integrity check) and that the full-text index holds exactly the stored articles.
     * Reads the whole file: for {@code dateline check} and tests, not for every request.
     */
    public Health verify() {
        return write(() -> HealthCheck.run(writer));
    }

    /**
     * Stores annotated articles in one transaction: each new article with its annotations, and the annotations of
     * an already stored article that has none (stored by an ingest without NLP). An article stored with
     * annotations is never annotated again. (Not an overload of {@link #add}: both would erase to {@code add(List)}.)
     */
    public BatchResult addAnnotated(List<Annotated> batch) {
        if (batch.isEmpty()) return new BatchResult(0, 0, List.of());
        return write(() -> Transactions.inWriteTransaction(writer, () -> AnnotationWriter.insert(writer, batch)));
    }

    /**
     * Hands every stored article with its annotations to {@code sink}, from one consistent snapshot: dated articles
     * oldest first, then those without a known year, then undated ones. Articles stored without NLP come with
     * empty annotation lists. The sink runs on the calling thread and must not write to this store.
     */
    public void annotated(Consumer<? super Annotated> sink) {
        readers.read(c -> {
            AnnotationReader.each(c, sink);
            return null;
        });
    }

    /**
     * True when an article with this content hash is stored with its annotations: an ingest can then skip the
     * language stages for a document it has seen before.
     */
    public boolean isAnnotated(String contentHash) {
        if (contentHash == null) return false;
        return readers.read(c -> ArticleQueries.isAnnotated(c, contentHash));
    }

    /** The article (looked up as {@link #article} does) with its annotations. */
    public Optional<Annotated> annotatedArticle(String id) {
        return readers.read(c -> {
            OptionalLong seq = ArticleLookup.seqOf(c, id);
            if (seq.isEmpty()) return Optional.empty();
            return AnnotationReader.load(c, List.of(seq.getAsLong())).stream().findFirst();
        });
    }

    /** Replaces the whole cross-article record in one transaction: readers see the old one or the new one. */
    public void replaceConnections(Connected connected) {
        write(() -> Transactions.inWriteTransaction(writer, () -> {
            ConnectionsWriter.replace(writer, connected);
            return null;
        }));
    }

    /** The whole cross-article record as stored (events in date order, threads newest first, busiest actors first). */
    public Connected connections() {
        return readers.read(ProfileReader::connected);
    }

    /** The publication date Connect inferred for a yearless article (by article id), if it did. */
    public Optional<String> inferredDate(String articleId) {
        return readers.read(c -> ProfileReader.inferredDate(c, articleId));
    }

    /** The id of the story this article is a copy or re-filed revision of (by article id), if Connect found one. */
    public Optional<String> revisionOf(String articleId) {
        return readers.read(c -> ProfileReader.revisionOf(c, articleId));
    }

    /**
     * Story events matching the filter, in date order (first day the date covers, then id; events without a known
     * day last), one page of {@code filter.limit()} from {@code filter.offset()}.
     *
     * @throws IllegalArgumentException when from / to is not a TimeML date with a year
     */
    public List<StoryEvent> storyEvents(EventCriteria filter) {
        return readers.read(c -> StoryEventReader.find(c, filter));
    }

    /** How many story events match the filter, ignoring its limit and offset (for paging). */
    public long storyEventCount(EventCriteria filter) {
        return readers.read(c -> StoryEventReader.count(c, filter));
    }

    public Optional<StoryEvent> storyEvent(String id) {
        if (id == null) return Optional.empty();
        return readers.read(c -> StoryEventReader.byIds(c, List.of(id)).stream().findFirst());
    }

    /** The sizes of the cross-article record, counted without reading its rows (for stats and totals). */
    public ConnectionCounts connectionCounts() {
        return readers.read(ConnectionCounts::read);
    }

    /** Actors, busiest first (most story events), then by name; limit 0 for all. */
    public List<ActorProfile> actors(int limit, int offset) {
        return readers.read(c -> ProfileReader.actors(c, limit, offset));
    }

    /** An actor by canonical name (any case), else by an alias exactly one actor has. */
    public Optional<ActorProfile> actor(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        return readers.read(c -> ProfileReader.actor(c, name.strip()));
    }

    /** Story threads, latest news first; limit 0 for all. */
    public List<StoryThread> threads(int limit, int offset) {
        return readers.read(c -> ProfileReader.threads(c, limit, offset));
    }

    public Optional<StoryThread> thread(String id) {
        return readers.read(c -> ProfileReader.thread(c, id));
    }

    /** Every link between story events, in the date order of the event carrying it. */
    public List<StoryLink> links() {
        return links(0, 0);
    }

    /** One page of {@link #links()}; limit 0 for all. */
    public List<StoryLink> links(int limit, int offset) {
        return readers.read(c -> StoryEventReader.links(c, limit, offset));
    }

    /** What a speaker (canonical name, any case) said, oldest article first; limit 0 for all. */
    public List<AttributedQuote> quotes(String speaker, int limit, int offset) {
        return readers.read(c -> ProfileReader.quotes(c, speaker, limit, offset));
    }

    /** Schema version of the file. */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** Closes every connection; the last one to close folds the write-ahead log back into the file. */
    @Override
    public void close() {
        writeLock.lock();
        try {
            readers.close();
            dataVersion.close();
            if (!writer.isClosed()) writer.close();
        } catch (SQLException e) {
            throw SqliteFiles.explain(file, e);
        } finally {
            writeLock.unlock();
        }
    }

    private <T> T write(Transactions.Work<T> work) {
        writeLock.lock();
        try {
            if (writer.isClosed()) throw new StoreException("the store " + file + " is closed");
            return work.run();
        } catch (SQLException e) {
            throw SqliteFiles.explain(file, e);
        } finally {
            writeLock.unlock();
        }
    }
}
