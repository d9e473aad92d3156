package org.dateline.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JSON Lines dump ({@code .jsonl}, {@code .ndjson}, gzipped or not), one object per line:
 * {@code {"id"?, "url"?, "date"?, "title"?, "text" | "html", "format"?}}.
 *
 * <p>Streams line by line, so a dump of any size needs the memory of one line. {@code "html"} wins over
 * {@code "text"} unless {@code "format"} says otherwise. Each document's {@code source} is {@code file:LINE}; a line
 * that is not JSON, has neither field or has one that is not a string costs that line only. Blank lines are
 * skipped. A date that cannot be parsed is dropped with a warning rather than losing the document: the reader can
 * still find a date in the text ({@code annotate --jsonl} follows the same rules).
 */
public final class JsonlSource implements DocumentSource {
    /** The longest line read, in bytes; a longer one is skipped with an error (ingest and annotate alike). */
    public static final int MAX_LINE = 64 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PAGE_FIELDS = List.of("text", "html");
    private static final Logger LOG = LoggerFactory.getLogger(JsonlSource.class);

    private final String name;
    private final StreamOpener opener;

    public JsonlSource(Path file) {
        this(file.toString(), () -> Files.newInputStream(file));
    }

    public JsonlSource(String name, StreamOpener opener) {
        this.name = name;
        this.opener = opener;
    }

    @Override public String name() { return name; }

    /** The non-blank lines, counted in one pass over the (gunzipped) file; empty when it cannot be read. */
    @Override public OptionalLong expectedDocuments() {
        try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
                GzipSupport.maybeGunzip(opener.open()), java.nio.charset.StandardCharsets.UTF_8))) {
            return OptionalLong.of(r.lines().filter(l -> !l.isBlank()).count());
        } catch (IOException | java.io.UncheckedIOException e) {
            return OptionalLong.empty();                 // read() will report the problem
        }
    }

    @Override public void read(Consumer<SourceItem> sink) {
        ContentRouter.route(name, opener, SourceKind.JSONL, ContentRouter.Hints.NONE, sink);
    }

    /** Reads an opened (already gunzipped) JSON Lines stream to the sink; never throws. */
    static void readStream(String name, InputStream in, Consumer<SourceItem> sink) {
        LineReader lines = new LineReader(in, MAX_LINE);
        long number = 0;
        boolean seenContent = false;
        while (true) {
            LineReader.Line line;
            try {
                line = lines.next();
            } catch (IOException | RuntimeException e) {
                sink.accept(new SourceError(name + ":" + (number + 1), Reasons.of(e)));
                return;
            }
            if (line == null) return;
            number++;
            String source = name + ":" + number;
            if (line.tooLong()) {
                sink.accept(new SourceError(source, "line longer than " + (MAX_LINE >> 20) + " MB, skipped"));
                continue;
            }
            if (isBlank(line)) continue;
            if (!seenContent && opensDocument(line)) {
                // a pretty-printed .json (a manifest, a gold file) is one document, not thousands of bad lines
                sink.accept(new SourceError(name, "a JSON document, not JSON Lines (one object per line)"));
                return;
            }
            seenContent = true;
            sink.accept(parse(source, line));
        }
    }

    /** The first line of a JSON document spread over many lines: a lone "{", or the "[" of an array. */
    private static boolean opensDocument(LineReader.Line line) {
        String t = new String(line.bytes(), 0, line.length(), java.nio.charset.StandardCharsets.UTF_8).strip();
        if (t.startsWith("\uFEFF")) t = t.substring(1).strip();
        return t.equals("{") || t.startsWith("[");
    }

    private static SourceItem parse(String source, LineReader.Line line) {
        JsonNode node;
        try {
            node = JSON.readTree(line.bytes(), 0, line.length());
        } catch (JsonProcessingException e) {
            return new SourceError(source, "not JSON: " + Reasons.oneLine(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            return new SourceError(source, "not JSON: " + Reasons.of(e));
        }
        if (node == null || !node.isObject()) return new SourceError(source, "not a JSON object");
        String notText = notText(node);
        if (notText != null) return new SourceError(source, notText);
        String html = text(node, "html");
        String text = text(node, "text");
        if (html == null && text == null) return new SourceError(source, "no \"text\" or \"html\" field");
        RawDocument.Format stated = format(text(node, "format"));
        boolean useHtml = html != null && (text == null || stated != RawDocument.Format.TEXT);
        RawDocument.Format format = stated != null ? stated : useHtml ? RawDocument.Format.HTML : RawDocument.Format.TEXT;
        byte[] bytes = (useHtml ? html : text).getBytes(StandardCharsets.UTF_8);
        return new RawDocument(source, text(node, "id"), text(node, "url"), format, bytes, StandardCharsets.UTF_8,
                date(source, text(node, "date")), text(node, "title"));
    }

    /**
     * Why the page fields ({@code "text"}, {@code "html"}) cannot be read as a page, or null when they can: each must
     * be a string when present. A number or an object is a producer's mistake to report, not an empty article.
     */
    public static String notText(JsonNode line) {
        for (String field : PAGE_FIELDS) {
            JsonNode v = line.get(field);
            if (v != null && !v.isNull() && !v.isTextual()) {
                return "\"" + field + "\" must be a string, not " + v.getNodeType().name().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** The warning for a stated date that cannot be read, or null when it can or there is none. */
    public static String unreadDate(String value) {
        if (value == null || value.isBlank() || StatedDates.parse(value) != null) return null;
        return "date \"" + Reasons.oneLine(value) + "\" not understood, ignored";
    }

    private static LocalDate date(String source, String value) {
        String unread = unreadDate(value);
        if (unread != null) LOG.warn("{}: {}", source, unread);
        return StatedDates.parse(value);
    }

    /** "text" / "html" / "auto" as a format; null when absent or unknown. */
    private static RawDocument.Format format(String value) {
        if (value == null) return null;
        return switch (lower(value)) {
            case "text", "txt", "plain" -> RawDocument.Format.TEXT;
            case "html", "xhtml" -> RawDocument.Format.HTML;
            case "auto" -> RawDocument.Format.AUTO;
            default -> null;
        };
    }

    /** A field as text (numbers included, so {@code "id": 17} works); null when absent, null or a container. */
    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isBlank(LineReader.Line line) {
        for (int i = 0; i < line.length(); i++) {
            byte b = line.bytes()[i];
            if (b != ' ' && b != '\t' && b != '\r') return false;
        }
        return true;
    }
}
