package org.dateline.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --db FILE} option every command that touches a store takes. */
final class DbOption {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dateline.db",
            description = "the SQLite store (default: ${DEFAULT-VALUE})")
    Path db;
}
