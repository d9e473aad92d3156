package org.dateline.store;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Child-process side of {@link CrashSafetyTest}: adds numbered synthetic batches to a store, printing a line after
 * each commit so the parent knows how far it got before killing it.
 *
 * <p>Usage: {@code CrashWriter <db> <batches> <batchSize> <bodyChars>}
 */
public final class CrashWriter {
    private CrashWriter() {}

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int batches = Integer.parseInt(args[1]);
        int size = Integer.parseInt(args[2]);
        int bodyChars = Integer.parseInt(args[3]);
        try (Store store = Store.open(db)) {
            write(store, batches, size, bodyChars, System.out);
        }
        System.out.println("done");
        System.out.flush();
    }

    /** Adds every batch; returns {added, duplicates} summed over all of them. */
    static int[] write(Store store, int batches, int size, int bodyChars, PrintStream progress) {
        int added = 0;
        int duplicates = 0;
        for (int b = 0; b < batches; b++) {
            BatchResult r = store.add(TestArticles.batch(b, size, bodyChars));
            added += r.added();
            duplicates += r.duplicates();
            if (progress != null) {
                progress.println("committed " + b);
                progress.flush();
            }
        }
        return new int[] {added, duplicates};
    }
}
