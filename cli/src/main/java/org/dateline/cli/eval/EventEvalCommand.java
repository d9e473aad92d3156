package org.dateline.cli.eval;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.dateline.core.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dateline eval events}: the event coder on PLOVER gold-standard sentences, so that a change to the
 * triggers or patterns can be judged on sentences nobody on the project wrote.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Score event coding (type, actor and recipient country codes, missed, invented) on PLOVER gold records.")
public final class EventEvalCommand implements Callable<Integer> {
    @Option(names = "--file", defaultValue = "../shared/dev/events/plover_gsr_dev.json",
            description = "PLOVER gold records, JSON array (default: ${DEFAULT-VALUE})") Path file;
    @Option(names = "--verbose", description = "List every miss and every wrong type or actor.") boolean verbose;
    @Spec CommandSpec spec;

    @Override public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("no such file: " + file);
            return 2;
        }
        PloverGoldEval.Result r = PloverGoldEval.evaluate(new Pipeline(), file, verbose ? System.out : null);
        PloverGoldEval.report(r).forEach(out::println);
        out.flush();
        return 0;
    }
}
