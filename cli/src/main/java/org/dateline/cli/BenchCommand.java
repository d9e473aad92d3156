package org.dateline.cli;

import picocli.CommandLine.Command;

/** {@code dateline bench}: speed and memory measurements, printed for the issue notes. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measures speed and memory of a stage.",
        subcommands = {BenchIngestCommand.class, BenchLanguageCommand.class, BenchEventsCommand.class,
                BenchConnectCommand.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(System.out);
    }
}
