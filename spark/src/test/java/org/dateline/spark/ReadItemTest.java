package org.dateline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.dateline.core.source.RawDocument;
import org.dateline.core.source.SourceError;
import org.junit.jupiter.api.Test;

/** What crosses Spark's shuffle must come back as the very document the source yielded. */
class ReadItemTest {

    @Test
    void documentSurvivesJavaSerialization() throws Exception {
        RawDocument doc = RawDocument.of("crawl.warc.gz#record-3", "<p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1))
                .withId("x1").withUrl("https://news.example/a").withFormat(RawDocument.Format.HTML)
                .withCharset(StandardCharsets.ISO_8859_1).withDate(LocalDate.of(2023, 3, 14)).withTitle("T");
        RawDocument back = roundTrip(ReadItem.of(doc)).toRawDocument();

        assertThat(back).usingRecursiveComparison().isEqualTo(doc);
        assertThat(back.bytes()).isEqualTo(doc.bytes());
    }

    @Test
    void bareDocumentKeepsItsNulls() throws Exception {
        RawDocument doc = RawDocument.of("a.txt", new byte[] {65});
        RawDocument back = roundTrip(ReadItem.of(doc)).toRawDocument();
        assertThat(back.charset()).isNull();
        assertThat(back.date()).isNull();
        assertThat(back.format()).isEqualTo(RawDocument.Format.AUTO);
    }

    @Test
    void errorStaysAnError() throws Exception {
        ReadItem item = roundTrip(ReadItem.of(new SourceError("d.jsonl:7", "not JSON")));
        assertThat(item.failed()).isTrue();
        assertThat(item.source()).isEqualTo("d.jsonl:7");
        assertThat(item.error()).isEqualTo("not JSON");
    }

    private static ReadItem roundTrip(ReadItem item) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(item);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (ReadItem) in.readObject();
        }
    }
}
