package org.dateline.cli;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dateline} command: one subcommand per job. Exit codes: 0 done, 1 some inputs failed (the rest was
 * processed), 2 usage error, 3 the command could not run (store unreadable, I/O error).
 *
 * <p>Picocli reads every registered command class by reflection, which loads the classes their fields and methods
 * name: registering them all would make {@code dateline serve} load core and CoreNLP classes it never runs. So a
 * command line that names its command registers that one alone; help and the bare command register them all.
 */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "dateline 0.1.0",
        description = "Turns raw news pages into a dated, searchable record of who did what to whom.")
public final class Main implements Runnable {
    /** Every subcommand, in the order the help lists them. */
    static final List<Class<?>> COMMANDS = List.of(IngestCommand.class, AnnotateCommand.class, SearchCommand.class,
            StatsCommand.class, WatchCommand.class, DemoCommand.class, BenchCommand.class, EvalCommand.class,
            ExportCommand.class, ConnectCommand.class, TimelineCommand.class, ThreadCommand.class, ActorsCommand.class, LinksCommand.class,
            ServeCommand.class, DictionariesCommand.class, TrainCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    /** The command line with every subcommand and Dateline's error handling: users see one line, not a trace. */
    public static CommandLine commandLine() {
        return withCommands(COMMANDS);
    }

    /**
     * The command line for these arguments: only the command they name when they name one (so {@code serve} runs
     * on a classpath without CoreNLP), else every command.
     */
    public static CommandLine commandLine(String... args) {
        if (args.length > 0) {
            for (Class<?> c : COMMANDS) {
                if (c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(args[0])) {
                    return withCommands(List.of(c));
                }
            }
        }
        return commandLine();
    }

    private static CommandLine withCommands(List<Class<?>> commands) {
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> c : commands) cl.addSubcommand(c);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("dateline " + line.getCommandName() + ": " + FileErrors.describe(e));
            if (Boolean.getBoolean("dateline.debug")) e.printStackTrace(line.getErr());
            return 3;
        });
        return cl;
    }

    @Override public void run() {
        spec.commandLine().usage(System.out);
    }
}
