package org.dateline.cli;

/** What an ingest did: documents read, newly stored, already stored, and failed. */
record IngestSummary(int read, int added, int duplicates, int failed) {
    IngestSummary plus(IngestSummary o) {
        return new IngestSummary(read + o.read, added + o.added, duplicates + o.duplicates, failed + o.failed);
    }

    @Override public String toString() {
        return String.format("%d read, %d new, %d duplicates, %d failed", read, added, duplicates, failed);
    }
}
