package org.dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dateline} command: one subcommand per job. Exit codes: 0 done, 1 some inputs failed (the rest was
 * processed), 2 usage error, 3 the command could not run (store unreadable, I/O error).
 */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "dateline 0.1.0",
        description = "Turns raw news pages into a dated, searchable record of who did what to whom.",
        subcommands = {IngestCommand.class, AnnotateCommand.class, SearchCommand.class, StatsCommand.class,
                WatchCommand.class, DemoCommand.class, BenchCommand.class, EvalCommand.class, ExportCommand.class, TimelineCommand.class, ThreadCommand.class, ActorsCommand.class, LinksCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with Dateline's error handling: users see one line, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage();
            line.getErr().println("dateline " + line.getCommandName() + ": " + msg);
            if (Boolean.getBoolean("dateline.debug")) e.printStackTrace(line.getErr());
            return 3;
        });
        return cl;
    }

    @Override public void run() {
        spec.commandLine().usage(System.out);
    }
}
