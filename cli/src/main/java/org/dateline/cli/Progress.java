package org.dateline.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

import org.dateline.core.source.DocumentSource;

/**
 * A one-line progress display for people waiting on long ingests: "loading models" until the first document has
 * been through the language models (CoreNLP takes seconds to load), then a bar with the percentage, the rate and
 * the time left, all counted on documents processed (annotated, or stored without NLP), not merely read: reading
 * runs ahead of the models. Without a known total (standard input, URLs, WARC) the bar gives way to a count.
 *
 * <p>It redraws in place on a terminal and stays silent otherwise (logs and CI output get the summary line only),
 * so piping output never fills with carriage returns. Workers report from their own threads, hence the locks.
 */
final class Progress {
    private static final int BAR = 24;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private final boolean enabled;
    private final LongSupplier clock;
    private final long started;
    private long expected = -1;
    private boolean loadingModels;
    private long processingSince;
    private long processed;
    private IngestSummary last = new IngestSummary(0, 0, 0, 0);
    private long lastDraw = Long.MIN_VALUE;
    private boolean drawn;

    Progress(PrintStream err, boolean enabled) {
        this(err, enabled, System::nanoTime);
    }

    Progress(PrintStream err, boolean enabled, LongSupplier clock) {
        this.err = err;
        this.enabled = enabled;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.processingSince = started;
    }

    static Progress forTerminal(PrintStream err) {
        return new Progress(err, System.console() != null && !"dumb".equals(System.getenv("TERM")));
    }

    /** Whether anything is drawn (counting the documents ahead costs a pass over JSON Lines files: only then). */
    boolean enabled() {
        return enabled;
    }

    /** The documents the sources will give, when every one of them can tell; else the count stays unknown. */
    synchronized Progress expecting(List<DocumentSource> sources) {
        long total = 0;
        for (DocumentSource s : sources) {
            OptionalLong n = s.expectedDocuments();
            if (n.isEmpty()) { total = -1; break; }
            total += n.getAsLong();
        }
        expected = total;
        return this;
    }

    /** The language models load on the first annotation: say so until a document has been through them. */
    synchronized void loadingModels() {
        loadingModels = true;
        draw(true);
    }

    /** One more document processed (annotated, or stored as it is). */
    synchronized void processed() {
        if (loadingModels) {
            loadingModels = false;
            processingSince = clock.getAsLong();          // the rate counts from when documents start coming out
        }
        processed++;
        draw(false);
    }

    synchronized void update(IngestSummary s) {
        last = s;
        draw(false);
    }

    synchronized void done() {
        if (drawn) err.print("\r\033[K");
        drawn = false;
    }

    private void draw(boolean now) {
        if (!enabled) return;
        long t = clock.getAsLong();
        if (!now && t - lastDraw < REDRAW_NANOS) return;
        lastDraw = t;
        drawn = true;
        err.print("\r" + line() + "\033[K");
        err.flush();
    }

    synchronized String line() {
        double secs = Math.max(1e-3, (clock.getAsLong() - started) / 1e9);
        String failed = last.failed() == 0 ? "" : String.format(Locale.ROOT, "  %,d failed", last.failed());
        if (loadingModels) {
            return String.format(Locale.ROOT, "ingest: loading models (the first use takes a while)...  %,d read  %s%s",
                    last.read(), elapsed(secs), failed);
        }
        double working = (clock.getAsLong() - processingSince) / 1e9;
        double rate = working < 1 ? 0 : processed / working;               // a rate over the first instant is noise
        String perSecond = rate > 0 ? String.format(Locale.ROOT, "%,.1f docs/s", rate) : "- docs/s";
        if (expected <= 0) {
            return String.format(Locale.ROOT, "ingest: %,d processed  %s  %s%s", processed, perSecond, elapsed(secs), failed);
        }
        long shown = Math.min(processed, expected);
        double share = (double) shown / expected;
        int filled = (int) Math.round(share * BAR);
        String eta = rate > 0 ? elapsed((expected - shown) / rate) : "?";
        return String.format(Locale.ROOT, "ingest: [%s%s] %3d%%  %,d/%,d  %s  ETA %s%s",
                "#".repeat(filled), ".".repeat(BAR - filled), (int) Math.floor(share * 100), shown, expected, perSecond, eta, failed);
    }

    static String elapsed(double secs) {
        long s = (long) secs;
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
