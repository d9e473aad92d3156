package org.dateline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.dateline.model.Annotated;
import org.dateline.model.Connected;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dateline connect}: runs the cross-article stage again over a store's annotated articles and replaces its
 * connected record (story events, threads, actors, links). After an upgrade of the merging or threading rules a
 * user gets the new record without reading every article through the NLP again, which is what re-ingesting costs.
 */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = {"Connects a store's annotated articles again (merges, threads, actors, links) without re-reading them.",
                "Run it after an upgrade: the NLP output is kept, only the cross-article record is rebuilt."},
        footer = {"", "Example:", "  dateline connect --db news.db"})
final class ConnectCommand implements Callable<Integer> {
    @Mixin DbOption db;
    @Option(names = "--actor-overrides", paramLabel = "FILE",
            description = "actor corrections (default: NAME.actors.tsv beside the store, when it exists)") Path overridesFile;

    @Override public Integer call() {
        Measurement time = new Measurement();
        try (Store store = Store.openExisting(db.db)) {
            List<Annotated> all = new ArrayList<>();
            store.annotated(all::add);
            var overrides = Connections.overridesFor(db.db, overridesFile);
            Connected c = Connections.compute(all, overrides);
            for (String problem : overrides.problems()) System.err.println("dateline: actor overrides: " + problem);
            store.replaceConnections(c);
            System.out.printf(Locale.ROOT, "connected %,d articles in %.1f s: %,d story events (%,d mentions), "
                            + "%,d threads, %,d actors%n", all.size(), time.seconds(), c.events().size(),
                    c.events().stream().mapToInt(e -> e.mentions().size()).sum(), c.threads().size(), c.actors().size());
            return 0;
        }
    }
}
