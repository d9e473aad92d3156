package org.dateline.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.source.SourceTesting.docs;
import static org.dateline.core.source.SourceTesting.errors;
import static org.dateline.core.source.SourceTesting.readAll;
import static org.dateline.core.source.SourceTesting.text;
import static org.dateline.core.source.SourceTesting.truncated;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcWriter;

class WarcSourceTest {
    @TempDir Path dir;

    private static final String PAGE_ONE = "<html><head><title>Talks resume</title></head><body><p>Negotiators met "
            + "again on Monday in the border village.</p>" + "<p>filler</p>".repeat(200) + "</body></html>";
    private static final String PAGE_TWO = "<html><body><p>Caf\u00e9 owners protested the new tax.</p></body></html>";

    /** request, HTML 200 (UTF-8), PNG 200, HTML 404, HTML 200 (ISO-8859-1, stamped just before midnight UTC). */
    private Path writeWarc(String name, WarcCompression compression) throws IOException {
        Path file = dir.resolve(name);
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
            w.write(new WarcRequest.Builder(URI.create("https://news.example/one"))
                    .date(Instant.parse("2019-09-02T10:00:00Z"))
                    .body(new HttpRequest.Builder("GET", "/one").build()).build());
            w.write(response("https://news.example/one", "2019-09-02T10:00:01Z", 200, "text/html; charset=utf-8",
                    PAGE_ONE.getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://news.example/logo.png", "2019-09-02T10:00:02Z", 200, "image/png",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}));
            w.write(response("https://news.example/gone", "2019-09-02T10:00:03Z", 404, "text/html",
                    "<html><body>not found</body></html>".getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://news.example/two", "2019-09-03T23:59:30Z", 200,
                    "application/xhtml+xml; charset=ISO-8859-1", PAGE_TWO.getBytes(StandardCharsets.ISO_8859_1)));
        }
        return file;
    }

    private static WarcResponse response(String url, String date, int status, String type, byte[] body)
            throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse(date)).body(http).build();
    }

    @Test
    void streamsOnlyHtml200ResponsesWithTheirMetadata() throws IOException {
        for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            Path file = writeWarc(c == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc", c);
            List<SourceItem> items = readAll(new WarcSource(file));

            assertThat(errors(items)).isEmpty();
            List<RawDocument> docs = docs(items);
            assertThat(docs).extracting(RawDocument::url)
                    .containsExactly("https://news.example/one", "https://news.example/two");
            assertThat(docs).extracting(RawDocument::format).containsOnly(RawDocument.Format.HTML);
            assertThat(docs).extracting(RawDocument::date)
                    .containsExactly(LocalDate.of(2019, 9, 2), LocalDate.of(2019, 9, 3));
            assertThat(docs.get(0).charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(docs.get(1).charset()).isEqualTo(StandardCharsets.ISO_8859_1);
            assertThat(text(docs.get(0))).isEqualTo(PAGE_ONE);
            assertThat(text(docs.get(1))).isEqualTo(PAGE_TWO);
            assertThat(docs.get(0).source()).startsWith(file + "#");
        }
    }

    @Test
    void sourceOffsetPointsAtTheRecord() throws IOException {
        Path file = writeWarc("crawl.warc.gz", WarcCompression.GZIP);
        for (RawDocument doc : docs(readAll(new WarcSource(file)))) {
            long offset = Long.parseLong(doc.source().substring(doc.source().lastIndexOf('#') + 1));
            try (WarcReader reader = new WarcReader(file)) {
                reader.position(offset);
                WarcRecord record = reader.next().orElseThrow();
                assertThat(((WarcTargetRecord) record).target()).isEqualTo(doc.url());
            }
        }
    }

    @Test
    void truncatedRecordGivesOneErrorAndKeepsTheRecordsBefore() throws IOException {
        Path file = writeWarc("crawl.warc", WarcCompression.NONE);
        long size = Files.size(file);
        Path cut = truncated(file, dir.resolve("cut.warc"), size - PAGE_TWO.length() / 2);

        List<SourceItem> items = readAll(new WarcSource(cut));

        assertThat(docs(items)).extracting(RawDocument::url).containsExactly("https://news.example/one");
        assertThat(errors(items)).hasSize(1);
        SourceError error = errors(items).get(0);
        assertThat(error.source()).startsWith(cut + "#");
        assertThat(error.reason()).startsWith("truncated WARC record");
        assertThat(items.get(items.size() - 1)).isEqualTo(error);
    }

    @Test
    void cutInsideARecordHeaderNamesTheRecordAfterTheLastGoodOne() throws IOException {
        Path file = writeWarc("crawl.warc", WarcCompression.NONE);
        List<RawDocument> whole = docs(readAll(new WarcSource(file)));
        long secondOffset = Long.parseLong(whole.get(1).source().substring(whole.get(1).source().lastIndexOf('#') + 1));
        Path cut = truncated(file, dir.resolve("cut.warc"), secondOffset + 30);

        List<SourceItem> items = readAll(new WarcSource(cut));

        assertThat(docs(items)).extracting(RawDocument::url).containsExactly("https://news.example/one");
        assertThat(errors(items)).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(cut + "#record-5");
            assertThat(e.reason()).matches("truncated WARC record \\(after the record at offset \\d+\\)");
            long previous = Long.parseLong(e.reason().replaceAll("\\D", ""));
            assertThat(previous).as("the non-HTML record just before the cut").isBetween(1L, secondOffset - 1);
        });
    }

    @Test
    void truncatedGzipGivesOneErrorAndKeepsTheRecordsBefore() throws IOException {
        Path file = writeWarc("crawl.warc.gz", WarcCompression.GZIP);
        Path cut = truncated(file, dir.resolve("cut.warc.gz"), Files.size(file) - 40);

        List<SourceItem> items = readAll(new WarcSource(cut));

        assertThat(docs(items)).extracting(RawDocument::url).containsExactly("https://news.example/one");
        assertThat(errors(items)).singleElement().satisfies(e -> {
            assertThat(e.source()).startsWith(cut.toString());
            assertThat(e.reason()).contains("truncated gzip stream");
        });
    }

    @Test
    void binaryFileNamedWarcIsOneError() throws IOException {
        byte[] junk = new byte[5000];
        new java.util.Random(7).nextBytes(junk);
        Path file = Files.write(dir.resolve("junk.warc"), junk);

        List<SourceItem> items = readAll(new WarcSource(file));

        assertThat(items).singleElement().isInstanceOfSatisfying(SourceError.class, e -> {
            assertThat(e.source()).isEqualTo(file.toString());
            assertThat(e.reason()).startsWith("not a WARC file");
        });
    }

    @Test
    void emptyWarcIsOneError() throws IOException {
        Path file = Files.write(dir.resolve("empty.warc.gz"), new byte[0]);
        assertThat(readAll(new WarcSource(file))).containsExactly(new SourceError(file.toString(), "empty file"));
    }
}
