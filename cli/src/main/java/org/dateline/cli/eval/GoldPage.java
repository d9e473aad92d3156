package org.dateline.cli.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.nio.charset.StandardCharsets;

import org.dateline.core.source.RawDocument;

/**
 * One page of an extraction gold set and what a reader should find in it. Fields the set does not give are null
 * (htmldate's set gives only dates; newspaper4k's no page types).
 *
 * @param id       the page's key in its set, stable across runs
 * @param page     the stored page, gzipped when its name ends in .gz
 * @param url      the page's address
 * @param title    the gold title
 * @param authors  the gold author names, comma separated; "" when the page names none
 * @param date     the gold publication day, YYYY-MM-DD; null when the gold says the page has none
 * @param body     the gold main text
 * @param pageType the gold page type (article, listing, forum, ...)
 */
record GoldPage(String id, Path page, String url, String title, String authors, String date, String body,
                String pageType) {

    /** Half A or B, by a stable hash of the id: tune on A, report both. */
    char half() {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return (crc.getValue() & 1) == 0 ? 'A' : 'B';
    }

    byte[] bytes() throws IOException {
        if (!page.toString().endsWith(".gz")) return Files.readAllBytes(page);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            return in.readAllBytes();
        }
    }

    /**
     * The page as a reader is given it: its bytes (from {@link #bytes()}, read apart so that timing leaves the disk
     * out), marked HTML, with its address. The evaluation and the reading benchmark both read this, so the benchmark
     * times the very reading the evaluation scores.
     */
    RawDocument document(byte[] bytes) {
        return RawDocument.of(page.toString(), bytes).withUrl(url).withFormat(RawDocument.Format.HTML);
    }
}
