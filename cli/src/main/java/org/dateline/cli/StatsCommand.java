package org.dateline.cli;

import java.util.concurrent.Callable;

import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dateline stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Shows what the store holds.",
        footer = {"", "Example:", "  dateline stats --db news.db"})
final class StatsCommand implements Callable<Integer> {
    @Mixin DbOption db;

    @Override public Integer call() throws Exception {
        try (Store store = Store.openExisting(db.db)) {
            System.out.println(store.stats().describe());
            return 0;
        }
    }
}
