package org.dateline.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dateline.store.export.CsvEventWriter;
import org.dateline.cli.export.GraphmlWriter;
import org.dateline.cli.export.PloverEventWriter;
import org.dateline.store.export.SourceArticles;
import org.dateline.cli.export.StoryEventJson;
import org.dateline.core.json.AnnotationJson;
import org.dateline.model.ActorProfile;
import org.dateline.model.StoryEvent;
import org.dateline.store.EventCriteria;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline export}: the story events of the store in formats other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store's story events (one per real event, with every report of it).",
                "  csv, tsv  one row per event, GDELT-like columns",
                "  jsonl     full records: event fields, mentions, links",
                "  plover    PLOVER event JSON, one per line",
                "  graphml   who meets whom (CONSULT co-participation)"},
        footer = {"", "Examples:", "  dateline export --format csv -o events.csv",
                "  dateline export --format jsonl --actor \"Park Min-jae\" --from 2024-03",
                "  dateline export --format graphml --type CONSULT -o meetings.graphml"})
final class ExportCommand implements Callable<Integer> {
    enum Format { csv, tsv, jsonl, plover, graphml }

    @Mixin DbOption db;
    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "csv, tsv, jsonl, plover or graphml") Format format;
    @Option(names = "--actor", paramLabel = "NAME", description = "events this actor takes part in (canonical name or alias)") String actor;
    @Option(names = "--with", paramLabel = "NAME", description = "... together with this actor") String with;
    @Mixin EventCriteriaOptions criteria;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here instead of standard output") Path output;

    private final PrintStream stdout;

    ExportCommand() { this(System.out); }

    ExportCommand(PrintStream stdout) { this.stdout = stdout; }

    @Spec CommandSpec spec;

    @Override public Integer call() throws Exception {
        EventCriteria criteria = this.criteria.apply(EventCriteria.all().withLimit(0), spec);
        try (Store store = Store.openExisting(db.db)) {
            EventCriteria filter = criteria.withActor(Actors.canonical(store, actor)).withWith(Actors.canonical(store, with));
            List<StoryEvent> events = store.storyEvents(filter);
            SourceArticles articles = new SourceArticles(store::article);
            try (Writer out = output == null
                    ? new BufferedWriter(new OutputStreamWriter(new NonClosing(stdout), StandardCharsets.UTF_8))
                    : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                switch (format) {
                    case csv -> CsvEventWriter.csv(articles).write(events, out);
                    case tsv -> CsvEventWriter.tsv(articles).write(events, out);
                    case plover -> new PloverEventWriter(articles).write(events, out);
                    case jsonl -> {
                        for (StoryEvent e : events) out.write(AnnotationJson.mapper().writeValueAsString(StoryEventJson.of(e)) + "\n");
                    }
                    case graphml -> {
                        Map<String, ActorProfile> profiles = store.actors(0, 0).stream()
                                .collect(Collectors.toMap(ActorProfile::name, Function.identity(), (a, b) -> a));
                        new GraphmlWriter(profiles).write(events, out);
                    }
                }
            }
            if (output != null) {
                System.err.printf(Locale.ROOT, "dateline export: %d events as %s to %s%n", events.size(), format, output);
            }
            return 0;
        }
    }

    /** Standard output stays open after the writer on it is closed. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(PrintStream out) { super(out); }

        @Override public void write(byte[] b, int off, int len) throws java.io.IOException { out.write(b, off, len); }

        @Override public void close() throws java.io.IOException { flush(); }
    }
}
