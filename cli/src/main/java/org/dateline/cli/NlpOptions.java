package org.dateline.cli;

import java.nio.file.Path;

import org.dateline.core.connect.ActorOverrides;
import picocli.CommandLine.Option;

/** How the commands that bring documents in ({@code ingest}, {@code watch}) annotate and connect them. */
final class NlpOptions {
    @Option(names = "--no-nlp", description = "store articles only: no entities, quotes, events (much faster)") boolean noNlp;
    @Option(names = "--threads", paramLabel = "N", description = "threads for the language stages (default: one per core)")
    int threads = Runtime.getRuntime().availableProcessors();
    @Option(names = "--actor-overrides", paramLabel = "FILE",
            description = "actor corrections (alias, merge, split, code; see README), re-applied every time articles "
                    + "are connected (default: NAME.actors.tsv beside the store NAME.db, when it exists)")
    Path actorOverrides;

    /** Threads for the {@link Ingester}'s language stages: 0 means none (store only). */
    int nlpThreads() {
        return noNlp ? 0 : Math.max(1, threads);
    }

    /** The overrides that apply to the store {@code db}. */
    ActorOverrides overridesFor(Path db) {
        return Connections.overridesFor(db, actorOverrides);
    }
}
