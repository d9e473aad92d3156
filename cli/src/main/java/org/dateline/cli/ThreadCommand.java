package org.dateline.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.dateline.model.Article;
import org.dateline.model.StoryEvent;
import org.dateline.model.StoryThread;
import org.dateline.store.EventCriteria;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dateline thread [ID]}: one running story (its articles and events), or the list of threads. */
@Command(name = "thread", mixinStandardHelpOptions = true,
        description = {"Shows a story thread: its title, dates, main actors, articles and events in date order.",
                "Without ID, lists the threads, latest news first."},
        footer = {"", "Examples:", "  dateline thread", "  dateline thread t-3f9a0c1b"})
final class ThreadCommand implements Callable<Integer> {
    @Mixin DbOption db;
    @Parameters(paramLabel = "ID", arity = "0..1", description = "the thread id (see 'dateline thread')") String id;

    private final PrintStream out;

    ThreadCommand() { this(System.out); }

    ThreadCommand(PrintStream out) { this.out = out; }

    @Override public Integer call() throws Exception {
        try (Store store = Store.openExisting(db.db)) {
            if (id == null) {
                List<StoryThread> threads = store.threads(0, 0);
                if (threads.isEmpty()) out.println("(no story threads yet)");
                for (StoryThread t : threads) {
                    out.printf("%-20s %s .. %s  %3d articles  %s%n", t.id(), t.firstDate(), t.lastDate(), t.articles().size(), t.title());
                }
                return 0;
            }
            Optional<StoryThread> found = store.thread(id);
            if (found.isEmpty()) {
                System.err.println("dateline thread: no thread '" + id + "' (run 'dateline thread' for the list)");
                return 1;
            }
            StoryThread t = found.get();
            out.println(t.title());
            out.println(t.firstDate() + " .. " + t.lastDate() + "; actors: " + String.join(", ", t.actors()));
            out.println();
            out.println("Articles:");
            for (String a : t.articles()) {
                Optional<Article> article = store.article(a);
                out.printf("  %-10s  %s%n", article.map(Article::publicationDate).orElse("?"),
                        article.map(Article::headline).orElse(a + " (not in the store)"));
            }
            List<StoryEvent> events = store.storyEvents(EventCriteria.all().withLimit(0).withThread(t.id()));
            out.println();
            out.println("Events:");
            for (StoryEvent e : events) {
                out.println("  " + EventText.line(e));
                String source = EventText.source(e);
                if (!source.isEmpty()) out.println("  " + source.replace("\n", "\n  "));
            }
            return 0;
        }
    }
}
