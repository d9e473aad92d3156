package org.dateline.cli.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

import org.dateline.model.Annotated;
import org.dateline.model.StoryThread;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dateline eval threads}: a fixed-seed draw of threads of at least {@code --min} articles, each article's
 * day and headline listed, for a person to read and count how many articles tell the thread's main story (its
 * purity). The store is connected again with the rules at hand and never written.
 */
@Command(name = "threads", mixinStandardHelpOptions = true,
        description = {"Draws threads of a store with their articles' days and headlines, to read their purity by hand."},
        footer = {"", "Example:", "  dateline eval threads --db kcna.db --seed 14 --threads 10 --min 5"})
public final class ThreadEvalCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", required = true, description = "the store (only read)") Path db;
    @Option(names = "--seed", defaultValue = "14", description = "random seed of the draw (default: ${DEFAULT-VALUE})") long seed;
    @Option(names = "--threads", defaultValue = "10", description = "threads to draw (default: ${DEFAULT-VALUE})") int count;
    @Option(names = "--min", defaultValue = "5", description = "fewest articles of a thread drawn (default: ${DEFAULT-VALUE})") int min;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ConnectedStore store = ConnectedStore.load(db);
        List<StoryThread> big = new ArrayList<>();
        int single = 0;
        for (StoryThread t : store.connected().threads()) {
            if (t.articles().size() >= min) big.add(t);
            if (t.articles().size() == 1) single++;
        }
        out.printf("%d threads, %d of one article, %d of %d+ articles%n", store.connected().threads().size(), single,
                big.size(), min);
        big.sort((x, y) -> x.id().compareTo(y.id()));
        Collections.shuffle(big, new Random(seed));
        for (StoryThread t : big.subList(0, Math.min(count, big.size()))) {
            out.println(t.id() + " (" + t.articles().size() + " articles) " + t.title() + " | actors " + t.actors());
            for (String id : t.articles()) {
                Annotated a = store.articles().get(id);
                out.println("  " + id + " " + (a == null ? "?" : a.article().publicationDate() + " " + a.article().headline()));
            }
        }
        out.flush();
        return 0;
    }
}
