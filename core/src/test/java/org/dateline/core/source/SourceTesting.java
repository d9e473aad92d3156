package org.dateline.core.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Small helpers shared by the source tests. */
final class SourceTesting {
    private SourceTesting() {}

    static List<SourceItem> readAll(DocumentSource source) {
        List<SourceItem> items = new ArrayList<>();
        source.read(items::add);
        return items;
    }

    static List<SourceItem> readAll(List<DocumentSource> sources) {
        List<SourceItem> items = new ArrayList<>();
        for (DocumentSource s : sources) s.read(items::add);
        return items;
    }

    static List<RawDocument> docs(List<SourceItem> items) {
        return items.stream().filter(RawDocument.class::isInstance).map(RawDocument.class::cast).toList();
    }

    static List<SourceError> errors(List<SourceItem> items) {
        return items.stream().filter(SourceError.class::isInstance).map(SourceError.class::cast).toList();
    }

    static String text(RawDocument d) {
        return new String(d.bytes(), d.charset() == null ? StandardCharsets.UTF_8 : d.charset());
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A copy of the file cut to its first {@code length} bytes. */
    static Path truncated(Path file, Path target, long length) throws IOException {
        return Files.write(target, Arrays.copyOf(Files.readAllBytes(file), (int) length));
    }
}
