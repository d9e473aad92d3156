package org.dateline.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress display for people waiting on long ingests. It redraws in place on a terminal and stays
 * silent otherwise (logs and CI output get the summary line only), so piping output never fills with carriage returns.
 */
final class Progress {
    private final PrintStream err;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    Progress(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    static Progress forTerminal(PrintStream err) {
        return new Progress(err, System.console() != null && !"dumb".equals(System.getenv("TERM")));
    }

    void update(IngestSummary s) {
        if (!enabled) return;
        long now = System.nanoTime();
        if (now - lastDraw < 200_000_000L) return;
        lastDraw = now;
        drawn = true;
        err.print("\r" + line(s) + "   ");
        err.flush();
    }

    void done() {
        if (drawn) err.print("\r\033[K");
    }

    String line(IngestSummary s) {
        double secs = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        return String.format(Locale.ROOT, "ingest: %,d read, %,d new, %,d duplicates, %,d failed  %,.0f docs/s  %s",
                s.read(), s.added(), s.duplicates(), s.failed(), s.read() / secs, elapsed(secs));
    }

    static String elapsed(double secs) {
        long s = (long) secs;
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
