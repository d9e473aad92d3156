package org.dateline.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.dateline.store.ConnectionCounts;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dateline stats}: what the store holds, articles and the cross-article record alike. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Shows what the store holds.",
        footer = {"", "Example:", "  dateline stats --db news.db"})
final class StatsCommand implements Callable<Integer> {
    @Mixin DbOption db;
    private final PrintStream out;

    StatsCommand() { this(System.out); }

    StatsCommand(PrintStream out) { this.out = out; }

    @Override public Integer call() throws Exception {
        try (Store store = Store.openExisting(db.db)) {
            out.println(store.stats().describe());
            ConnectionCounts counts = store.connectionCounts();
            out.printf("events     %,d story events, %,d links between them%n", counts.storyEvents(), counts.links());
            out.printf("threads    %,d; actors %,d%n", counts.threads(), counts.actors());
            return 0;
        }
    }
}
