package org.dateline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.dateline.core.Pipeline;
import org.dateline.model.Article;
import org.dateline.model.StoryEvent;
import org.dateline.core.source.Sources;
import org.dateline.store.EventCriteria;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline demo}: the project's own example stories into a store, and what came out of them. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingests the project's example stories (examples/) into the store and prints what Dateline made of them.",
        footer = {"", "Example:", "  dateline demo && dateline search trilateral"})
final class DemoCommand implements Callable<Integer> {
    @Mixin DbOption db;
    @Option(names = "--examples", paramLabel = "DIR", description = "the stories to ingest (default: the project's examples/)")
    Path examples;

    @Override public Integer call() throws Exception {
        Path dir = examples != null ? examples : Path.of(System.getProperty("dateline.home", ".")).resolve("examples");
        if (!Files.isDirectory(dir)) {
            System.err.println("dateline demo: no examples folder at " + dir + " (use --examples DIR)");
            return 1;
        }
        try (Store store = Store.open(db.db);
             Ingester ingester = new Ingester(store, new Pipeline(), System.err, Progress.forTerminal(System.err), null,
                     Runtime.getRuntime().availableProcessors())) {
            // the stories only, whatever else a user put in the folder
            IngestSummary s = ingester.run(Sources.open(List.of(dir.resolve("*.txt").toString()), System.in));
            System.out.println("Ingested " + dir + ": " + s + "; the store " + db.db + " now holds " + store.count() + " articles.");
            System.out.println();
            printArticles(store);
            System.out.println();
            printEvents(store);
            System.out.println();
            System.out.println("Open the web UI (timeline, actors, who-meets-whom network, event provenance):");
            System.out.println("  ./dateline serve --db " + db.db + "    then browse http://127.0.0.1:8080/");
            System.out.println();
            System.out.println("Next:");
            System.out.println("  ./dateline search --db " + db.db + " trilateral      full-text search with snippets");
            System.out.println("  ./dateline stats --db " + db.db + "                   what the store holds");
            System.out.println("  ./dateline timeline --db " + db.db + " \"Park Min-jae\"   one actor's events in date order");
            System.out.println("  ./dateline export --db " + db.db + " --format csv      every event, GDELT-like columns");
            System.out.println("  ./dateline annotate " + dir.resolve("01-envoy-departs.txt") + "   one story as JSON");
            return s.failed() == 0 ? 0 : 1;
        }
    }

    private static void printArticles(Store store) {
        System.out.println("Articles (publication date, headline):");
        record Row(String date, boolean inferred, Article article) {}
        List<Row> rows = new ArrayList<>();
        for (Article a : store.newest(50)) {
            Optional<String> thread = a.publicationDate() != null && a.publicationDate().startsWith("X")
                    ? store.inferredDate(a.id()) : Optional.empty();
            rows.add(new Row(thread.orElse(a.publicationDate() == null ? "(undated)" : a.publicationDate()),
                    a.yearInferred() || thread.isPresent(), a));
        }
        rows.sort(Comparator.comparing(r -> r.date().startsWith("(") ? "~" : r.date()));   // undated last
        for (Row r : rows) {
            String rev = r.article().revision() == null ? "" : r.article().revision() + " ";
            System.out.printf("  %-10s%s  %s%s%n", r.date(), r.inferred() ? "*" : " ", rev, r.article().headline());
        }
        if (rows.stream().anyMatch(Row::inferred)) {
            System.out.println("  (* year inferred: the story itself gives none)");
        }
    }

    private static void printEvents(Store store) {
        EventCriteria all = EventCriteria.all().withLimit(0);
        List<StoryEvent> events = store.storyEvents(all);
        System.out.println("Timeline of events (date, status, type, who -> to whom, where), " + events.size() + " in all:");
        if (events.isEmpty()) System.out.println("  (no events coded yet)");
        for (StoryEvent e : events) {
            System.out.println("  " + EventText.line(e));
            String source = EventText.source(e);
            if (!source.isEmpty()) System.out.println("  " + source.replace("\n", "\n  "));
        }
    }
}
