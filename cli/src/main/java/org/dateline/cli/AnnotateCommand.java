package org.dateline.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dateline.core.Pipeline;
import org.dateline.core.event.ActorDictionary;
import org.dateline.core.event.EventFilter;
import org.dateline.core.json.AnnotationJson;
import org.dateline.core.read.draft.ReadPage;
import org.dateline.core.source.UnreadableDocumentException;
import org.dateline.core.source.JsonlSource;
import org.dateline.core.source.LineReader;
import org.dateline.core.source.RawDocument;
import org.dateline.core.source.SourceError;
import org.dateline.core.source.SourceItem;
import org.dateline.core.source.Sources;
import org.dateline.core.source.StatedDates;
import org.dateline.model.Annotated;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline annotate}: one page in, one JSON object out (or JSON lines in, JSON lines out). */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Reads one page (wire text or HTML) and prints everything Dateline finds in it as one JSON object.",
                "With --jsonl, reads JSON lines {\"id\",\"text\"|\"html\",\"date\"?,\"format\"?,\"url\"?,\"title\"?} and writes one object per line; a bad line gets an {\"id\",\"error\"} object and the rest goes on."},
        footer = {"", "Examples:", "  dateline annotate examples/01-envoy-departs.txt",
                "  dateline annotate --date 2019-09-26 page.txt", "  dateline annotate --actors my.actors page.txt",
                "  dateline annotate --no-nlp --jsonl pages.jsonl", "  zcat stories.jsonl.gz | dateline annotate --jsonl -"})
final class AnnotateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|-", description = "the page, or - for standard input") String input;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date to assume when the page gives none (or no year)")
    LocalDate date;
    @Option(names = "--format", defaultValue = "auto", description = "auto, text or html (default: ${DEFAULT-VALUE})")
    String format;
    @Option(names = "--jsonl", description = "input is JSON lines; output is one JSON object per line") boolean jsonl;
    @Option(names = "--pretty", description = "indent the single JSON object") boolean pretty;
    @Option(names = "--no-nlp", description = "read only (fields, body, dates): no entities, time expressions, quotes "
            + "or events; fast, for evaluating extraction on many pages") boolean noNlp;
    @Option(names = "--actors", paramLabel = "FILE",
            description = "a PETRARCH-format .actors dictionary coding participants the gazetteer does not know")
    Path actors;
    @Option(names = "--every-page", description = "code events on every page; by default a page that reports no "
            + "public affairs (sport, products, leisure, how-to: article.reports_public_affairs false, with "
            + "article.public_affairs_reason) gets none") boolean everyPage;
    @Option(names = "--no-event-filter", description = "print every event the coder gives, before the learned event "
            + "filter drops those it deems likely wrong (for judging the coder)") boolean noEventFilter;

    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;

    AnnotateCommand() { this(System.in, System.out, System.err); }

    AnnotateCommand(InputStream stdin, PrintStream out, PrintStream err) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    @Override public Integer call() throws IOException {
        RawDocument.Format fmt = Formats.parse(format);
        ActorDictionary dictionary = ActorDictionary.empty();
        if (actors != null) {
            try {
                dictionary = ActorDictionary.read(actors);
            } catch (NoSuchFileException e) {
                err.println("dateline annotate: " + actors + ": no such file");
                return 1;
            }
        }
        Pipeline pipeline = new Pipeline(dictionary, noEventFilter ? EventFilter.none() : EventFilter.standard());
        if (jsonl) return annotateLines(pipeline, fmt);
        List<SourceItem> items = new ArrayList<>();
        Sources.document(sourceName(), this::open).read(items::add);
        for (SourceItem item : items) {
            if (item instanceof SourceError e) err.println("dateline annotate: " + e);
        }
        List<RawDocument> pages = items.stream().filter(RawDocument.class::isInstance).map(RawDocument.class::cast).toList();
        if (pages.size() != 1) {
            if (pages.size() > 1) err.println("dateline annotate: " + sourceName() + ": holds " + pages.size()
                    + " documents, not one page (use --jsonl, or dateline ingest)");
            return 1;
        }
        RawDocument raw = pages.get(0).withFormat(fmt).withDate(date);
        try {
            ObjectMapper m = AnnotationJson.mapper();
            JsonNode json = annotate(pipeline, raw);
            out.println(pretty ? m.writerWithDefaultPrettyPrinter().writeValueAsString(json) : m.writeValueAsString(json));
            return 0;
        } catch (UnreadableDocumentException e) {
            err.println("dateline annotate: " + raw.source() + ": " + e.getMessage());
            return 1;
        } catch (RuntimeException | StackOverflowError e) {
            // as in a batch (annotateLines): one line naming the page and the fault, not a stack trace
            err.println("dateline annotate: " + raw.source() + ": internal error: " + e);
            return 1;
        }
    }

    private String sourceName() {
        return "-".equals(input) ? "stdin" : input;
    }

    /** The input, opened; standard input is left open for its owner. */
    private InputStream open() throws IOException {
        if (!"-".equals(input)) return Files.newInputStream(Path.of(input));
        return new FilterInputStream(stdin) {
            @Override public void close() {
                // the caller owns stdin
            }
        };
    }

    private int annotateLines(Pipeline pipeline, RawDocument.Format fmt) throws IOException {
        ObjectMapper m = AnnotationJson.mapper();
        int failed = 0, lineNo = 0;
        String name = sourceName();
        try (InputStream in = open()) {
            LineReader lines = new LineReader(in, JsonlSource.MAX_LINE);
            for (LineReader.Line next; (next = lines.next()) != null; ) {
                lineNo++;
                String source = name + ":" + lineNo;
                String id = null;
                try {
                    if (next.tooLong()) {
                        throw new JsonLine.BadLineException("line longer than " + (JsonlSource.MAX_LINE >> 20) + " MB, skipped");
                    }
                    String line = next.text();
                    if (line.isBlank()) continue;
                    JsonLine jl = JsonLine.parse(line, source);
                    id = jl.id();
                    if (jl.warning() != null) err.println("dateline annotate: " + source + ": " + jl.warning());
                    RawDocument raw = jl.raw();
                    if (raw.format() == RawDocument.Format.AUTO) raw = raw.withFormat(fmt);
                    if (raw.date() == null) raw = raw.withDate(date);
                    out.println(m.writeValueAsString(annotate(pipeline, raw)));
                } catch (JsonLine.BadLineException | UnreadableDocumentException e) {
                    failed++;
                    err.println("dateline annotate: " + source + ": " + e.getMessage());
                    out.println(m.writeValueAsString(AnnotationJson.error(id, source, e.getMessage())));
                } catch (RuntimeException | StackOverflowError e) {
                    // a bug on one document must not end the batch; say so loudly, keep going (a parse that sends a
                    // recursive search round in a circle overflows the stack of that document only)
                    failed++;
                    err.println("dateline annotate: " + source + ": internal error: " + e);
                    out.println(m.writeValueAsString(AnnotationJson.error(id, source, "internal error: " + e)));
                }
                out.flush();
            }
        }
        return failed == 0 ? 0 : 1;
    }

    /**
     * The page read, and with NLP unless {@code --no-nlp} annotated; the article says what kind of page it was.
     * A body too long to analyse is unreadable, with the reason ({@link Pipeline#annotate(ReadPage)}).
     */
    private ObjectNode annotate(Pipeline pipeline, RawDocument raw) throws UnreadableDocumentException {
        ReadPage page = pipeline.readPage(raw);
        Pipeline.Judged judged = noNlp ? null : pipeline.annotateJudged(page, everyPage);
        ObjectNode json = AnnotationJson.of(judged == null ? Annotated.of(page.article()) : judged.annotated());
        ObjectNode article = (ObjectNode) json.get("article");
        article.put("page_type", page.pageType().type().spelling());
        article.put("page_type_reason", page.pageType().reason());
        if (judged != null) {
            article.put("reports_public_affairs", judged.publicAffairs().reports());
            article.put("public_affairs_reason", judged.publicAffairs().reason());
        }
        return json;
    }

    /** One input line of {@code annotate --jsonl}; {@code warning} is why its date was ignored, or null. */
    record JsonLine(String id, RawDocument raw, String warning) {
        static final class BadLineException extends Exception {
            BadLineException(String m) { super(m); }
        }

        static JsonLine parse(String line, String source) throws BadLineException {
            JsonNode n;
            try {
                n = AnnotationJson.mapper().readTree(line);
            } catch (JsonProcessingException e) {
                throw new BadLineException("not JSON: " + e.getOriginalMessage());
            }
            if (!n.isObject()) throw new BadLineException("not a JSON object");
            String id = text(n, "id");
            String notText = JsonlSource.notText(n);
            if (notText != null) throw new BadLineException(notText);
            String text = text(n, "text"), html = text(n, "html");
            if (text == null && html == null) throw new BadLineException("no \"text\" or \"html\" field");
            RawDocument.Format f = html != null ? RawDocument.Format.HTML : RawDocument.Format.AUTO;
            if (text(n, "format") != null) {
                try {
                    f = Formats.parse(text(n, "format"));
                } catch (IllegalArgumentException e) {
                    throw new BadLineException(e.getMessage());
                }
            }
            String ds = text(n, "date");
            byte[] bytes = (html != null ? html : text).getBytes(StandardCharsets.UTF_8);
            RawDocument raw = new RawDocument(source, id, text(n, "url"), f, bytes, StandardCharsets.UTF_8,
                    StatedDates.parse(ds), text(n, "title"));
            return new JsonLine(id, raw, JsonlSource.unreadDate(ds));
        }

        private static String text(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }
    }
}
