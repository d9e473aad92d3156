package org.dateline.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.source.SourceTesting.docs;
import static org.dateline.core.source.SourceTesting.errors;
import static org.dateline.core.source.SourceTesting.gzip;
import static org.dateline.core.source.SourceTesting.readAll;
import static org.dateline.core.source.SourceTesting.text;
import static org.dateline.core.source.SourceTesting.write;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
    @TempDir Path dir;

    private static final InputStream NO_STDIN = InputStream.nullInputStream();

    private static List<SourceItem> open(InputStream stdin, String... specs) {
        return readAll(Sources.open(List.of(specs), stdin));
    }

    @Test
    void folderIsWalkedRecursivelyInSortedOrderSkippingHiddenEntries() throws IOException {
        write(dir.resolve("b.txt"), "Second story text.");
        write(dir.resolve("a.txt"), "First story text.");
        write(dir.resolve("sub/c.html"), "<html><body><p>Third.</p></body></html>");
        write(dir.resolve(".hidden.txt"), "should not be read");
        write(dir.resolve(".git/config.txt"), "should not be read either");

        List<SourceItem> items = open(NO_STDIN, dir.toString());

        assertThat(items).extracting(SourceItem::source).containsExactly(
                dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(), dir.resolve("sub/c.html").toString());
        assertThat(docs(items)).extracting(RawDocument::format).as("text left to sniffing, .html named")
                .containsExactly(RawDocument.Format.AUTO, RawDocument.Format.AUTO, RawDocument.Format.HTML);
        assertThat(text(docs(items).get(0))).isEqualTo("First story text.");
    }

    @Test
    void aFoldersOwnPapersAreSkippedAndAPrettyPrintedJsonIsOneError() throws IOException {
        write(dir.resolve("story.txt"), "A story.");
        write(dir.resolve("README.md"), "# About these stories");
        write(dir.resolve("LICENSE"), "GPL");
        write(dir.resolve("gold.json"), "{\n  \"events\": [\n    {\"id\": 1},\n    {\"id\": 2}\n  ]\n}\n");

        List<SourceItem> items = open(NO_STDIN, dir.toString());

        assertThat(docs(items)).extracting(RawDocument::source).containsExactly(dir.resolve("story.txt").toString());
        assertThat(errors(items)).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(dir.resolve("gold.json").toString());
            assertThat(e.reason()).contains("not JSON Lines");
        });
        assertThat(docs(open(NO_STDIN, dir.resolve("README.md").toString()))).as("named explicitly").hasSize(1);
    }

    @Test
    void globsMatchFilesAndRecursivePatternsIncludeTheTopLevel() throws IOException {
        write(dir.resolve("top.html"), "<p>top</p>");
        write(dir.resolve("x/deep/inner.html"), "<p>inner</p>");
        write(dir.resolve("x/notes.txt"), "notes");

        assertThat(open(NO_STDIN, dir + "/**/*.html")).extracting(SourceItem::source)
                .containsExactly(dir.resolve("top.html").toString(), dir.resolve("x/deep/inner.html").toString());
        assertThat(open(NO_STDIN, dir + "/*.html")).extracting(SourceItem::source)
                .containsExactly(dir.resolve("top.html").toString());
        assertThat(open(NO_STDIN, dir + "/x/*")).extracting(SourceItem::source).as("a matched folder brings its files")
                .containsExactly(dir.resolve("x/deep/inner.html").toString(), dir.resolve("x/notes.txt").toString());
    }

    @Test
    void relativeGlobWithParentSegmentsWorks() throws IOException {
        write(dir.resolve("seeds/one.txt"), "Seed one.");
        write(dir.resolve("seeds/two.txt"), "Seed two.");
        String relative = Path.of("").toAbsolutePath().relativize(dir.resolve("seeds")) + "/*";
        assertThat(relative).startsWith("..");

        List<RawDocument> docs = docs(open(NO_STDIN, relative));

        assertThat(docs).extracting(SourceTesting::text).containsExactly("Seed one.", "Seed two.");
    }

    @Test
    void badSpecsGiveOneErrorEachAndTheGoodOnesAroundThemStillArrive() throws IOException {
        Path good1 = write(dir.resolve("good1.txt"), "A good story.");
        Path good2 = write(dir.resolve("good2.txt"), "Another good story.");
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        byte[] junk = new byte[4096];
        new java.util.Random(11).nextBytes(junk);
        Path binary = Files.write(dir.resolve("photo.jpg"), junk);
        Path emptyDir = Files.createDirectory(dir.resolve("nothing-here"));

        List<SourceItem> items = open(NO_STDIN, good1.toString(), dir.resolve("missing.txt").toString(),
                dir + "/*.nomatch", empty.toString(), binary.toString(), emptyDir.toString(), good2.toString());

        assertThat(docs(items)).extracting(SourceTesting::text).containsExactly("A good story.", "Another good story.");
        assertThat(items.get(0)).isInstanceOf(RawDocument.class);
        assertThat(items.get(items.size() - 1)).isInstanceOf(RawDocument.class);
        assertThat(errors(items)).containsExactly(
                new SourceError(dir.resolve("missing.txt").toString(), "no such file or folder"),
                new SourceError(dir + "/*.nomatch", "no files match the pattern"),
                new SourceError(empty.toString(), "empty file"),
                new SourceError(binary.toString(), "binary content, not a text or HTML page"),
                new SourceError(emptyDir.toString(), "folder holds no files"));
    }

    @Test
    void dashReadsStdinAndSniffsWhatItHolds() {
        String jsonl = "{\"text\":\"From a pipe.\"}\n{\"text\":\"Second line.\"}\n";
        List<SourceItem> items = open(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), "-");
        assertThat(items).extracting(SourceItem::source).containsExactly("stdin:1", "stdin:2");

        List<SourceItem> plain = open(new ByteArrayInputStream("Just a story.".getBytes(StandardCharsets.UTF_8)), "-");
        assertThat(plain).singleElement().isInstanceOfSatisfying(RawDocument.class, d -> {
            assertThat(d.source()).isEqualTo("stdin");
            assertThat(text(d)).isEqualTo("Just a story.");
        });
    }

    @Test
    void plainGzIsGunzippedThenSniffed() throws IOException {
        Path page = Files.write(dir.resolve("page.html.gz"), gzip("<html><body><p>Zipped page.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8)));
        Path feed = Files.write(dir.resolve("download.gz"), gzip(FeedSourceTest.RSS.getBytes(StandardCharsets.UTF_8)));
        Path jsonl = Files.write(dir.resolve("lines.ndjson.gz"), gzip("{\"html\":\"<p>x</p>\"}\n".getBytes(StandardCharsets.UTF_8)));

        List<SourceItem> items = open(NO_STDIN, page.toString(), feed.toString(), jsonl.toString());

        assertThat(items.get(0)).isInstanceOfSatisfying(RawDocument.class, d -> {
            assertThat(d.format()).isEqualTo(RawDocument.Format.HTML);
            assertThat(text(d)).contains("Zipped page.");
        });
        assertThat(items).extracting(SourceItem::source).contains(feed + "#item-1", feed + "#item-2", jsonl + ":1");
    }

    @Test
    void feedIsRecognisedByContentWhateverItsName() throws IOException {
        Path file = write(dir.resolve("latest"), FeedSourceTest.RSS);
        assertThat(docs(open(NO_STDIN, file.toString()))).extracting(RawDocument::url)
                .containsExactly("https://wire.example/ferry", "https://wire.example/grain");
    }

    @Test
    void truncatedPlainGzipIsOneError() throws IOException {
        byte[] gz = gzip("Some story text that goes on. ".repeat(500).getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("story.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
        assertThat(open(NO_STDIN, file.toString()))
                .containsExactly(new SourceError(file.toString(), "truncated gzip stream"));
    }

    @Test
    void gzipCutInsideItsHeaderIsStillATruncatedGzip() throws IOException {
        Path file = Files.write(dir.resolve("tiny.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0});
        assertThat(open(NO_STDIN, file.toString()))
                .containsExactly(new SourceError(file.toString(), "truncated gzip stream"));
    }

    @Test
    void kindsAreChosenByExtension() {
        List<DocumentSource> sources = Sources.open(List.of("a.warc.gz", "b.jsonl", "c.ndjson", "d.rss", "e.txt"), NO_STDIN);
        // none exists: each is a failed source, but the kind decision is visible on existing files below
        assertThat(sources).allSatisfy(s -> assertThat(s).isInstanceOf(FailedSource.class));
        assertThat(Sources.forFile(Path.of("x.warc.gz"))).isInstanceOf(WarcSource.class);
        assertThat(Sources.forFile(Path.of("x.jsonl.gz"))).isInstanceOf(JsonlSource.class);
        assertThat(Sources.forFile(Path.of("x.atom"))).isInstanceOf(FeedSource.class);
        assertThat(Sources.forFile(Path.of("x.html"))).isInstanceOf(FileSource.class);
    }

    @Test
    void sniffingRecognisesKindsByTheirFirstBytes() {
        assertThat(SourceKind.sniff("WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(SourceKind.WARC);
        assertThat(SourceKind.sniff("<?xml version=\"1.0\"?>\n<!-- c -->\n<feed xmlns=\"x\">".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(SourceKind.FEED);
        assertThat(SourceKind.sniff("<rdf:RDF>".getBytes(StandardCharsets.US_ASCII))).isEqualTo(SourceKind.FEED);
        assertThat(SourceKind.sniff(" {\"text\": 1}".getBytes(StandardCharsets.US_ASCII))).isEqualTo(SourceKind.JSONL);
        assertThat(SourceKind.sniff("<html><body>rss</body>".getBytes(StandardCharsets.US_ASCII))).isEqualTo(SourceKind.DOCUMENT);
        assertThat(SourceKind.sniff("{braces in prose}".getBytes(StandardCharsets.US_ASCII))).isEqualTo(SourceKind.DOCUMENT);
    }
}
