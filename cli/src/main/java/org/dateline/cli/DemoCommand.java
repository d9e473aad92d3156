package org.dateline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.dateline.core.Pipeline;
import org.dateline.core.model.Article;
import org.dateline.core.model.StoryEvent;
import org.dateline.core.source.Sources;
import org.dateline.store.EventFilter;
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
            // the stories only: README.md and expected.json sit in the same folder
            IngestSummary s = ingester.run(Sources.open(List.of(dir.resolve("*.txt").toString()), System.in));
            System.out.println("Ingested " + dir + ": " + s + "; the store " + db.db + " now holds " + store.count() + " articles.");
            System.out.println();
            printArticles(store);
            System.out.println();
            printEvents(store);
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
        List<Article> newest = store.newest(50);
        for (int i = newest.size() - 1; i >= 0; i--) {
            Article a = newest.get(i);
            String date = a.publicationDate() == null ? "(undated)" : a.publicationDate();
            String rev = a.revision() == null ? "" : a.revision() + " ";
            System.out.printf("  %-10s%s  %s%s%n", date, a.yearInferred() ? "*" : " ", rev, a.headline());
        }
        if (newest.stream().anyMatch(Article::yearInferred)) {
            System.out.println("  (* year inferred: the story itself gives none)");
        }
    }

    private static void printEvents(Store store) {
        EventFilter all = EventFilter.all().withLimit(0);
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
