package org.dateline.cli.eval;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.dateline.core.Pipeline;
import org.dateline.core.event.ActorDictionary;
import org.dateline.core.event.EventFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dateline eval events}: the event coder on PLOVER gold-standard sentences, so that a change to the
 * triggers or patterns can be judged on sentences nobody on the project wrote. The set is scored in two halves
 * split by a hash of the record id: tune on half A, and watch half B for rules that only fit A's sentences.
 * With {@code --blind}, it scores the frozen blind sample of whole documents instead.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Score event coding (type, actor and recipient country codes, missed, invented) on PLOVER gold "
                + "records in two halves A and B, or (--blind) on the frozen blind sample of whole documents.")
public final class EventEvalCommand implements Callable<Integer> {
    static final String PLOVER_DEV = "dev/events/plover_gsr_dev.json";

    @Option(names = "--file", description = "PLOVER gold records, JSON array (default: " + PLOVER_DEV
            + " in --shared)") Path file;
    @Option(names = "--verbose", description = "List every miss and every wrong type or actor (half A only, or the "
            + "blind sample's misses and extras).") boolean verbose;
    @Option(names = "--blind", description = "Score the frozen blind sample (gold.jsonl, sample.jsonl in --blind-dir).")
    boolean blind;
    @Option(names = "--blind-dir", defaultValue = "cli/src/test/resources/blind-events",
            description = "the blind sample's folder (default: ${DEFAULT-VALUE})") Path blindDir;
    @Option(names = "--shared", defaultValue = "../shared",
            description = "the shared data folder: the PLOVER dev records and the blind sample's texts come from it "
                    + "(default: ${DEFAULT-VALUE})")
    Path shared;
    @Option(names = "--no-event-filter", description = "Score the coder's own output, before the learned event filter.")
    boolean noEventFilter;
    @Spec CommandSpec spec;

    @Override public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (blind) return blind(out);
        Path file = this.file != null ? this.file : shared.resolve(PLOVER_DEV);
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("no such file: " + file + " (skipped)");
            return 2;
        }
        Pipeline pipeline = pipeline();
        PloverGoldEval.Result a = PloverGoldEval.evaluate(pipeline, file, id -> PloverGoldEval.half(id) == 'A',
                verbose ? System.out : null);
        PloverGoldEval.Result b = PloverGoldEval.evaluate(pipeline, file, id -> PloverGoldEval.half(id) == 'B', null);
        PloverGoldEval.reportSideBySide(a, b).forEach(out::println);
        out.flush();
        return 0;
    }

    private Pipeline pipeline() {
        return new Pipeline(ActorDictionary.empty(), noEventFilter ? EventFilter.none() : EventFilter.standard());
    }

    private int blind(PrintWriter out) throws Exception {
        if (!Files.isRegularFile(blindDir.resolve("gold.jsonl")) || !Files.isRegularFile(blindDir.resolve("sample.jsonl"))) {
            spec.commandLine().getErr().println("no blind sample in " + blindDir + " (expected gold.jsonl, sample.jsonl)");
            return 2;
        }
        if (!Files.isRegularFile(shared.resolve(BlindSample.KCNA))
                || !Files.isDirectory(shared.resolve(BlindSample.NEWSPAPER4K))) {
            out.println("blind sample skipped: the texts are not under " + shared + " (pass --shared)");
            out.flush();
            return 0;
        }
        BlindEventEval.Result r = BlindEventEval.evaluate(blindDir, shared, pipeline(), verbose ? System.out : null);
        BlindEventEval.report(r).forEach(out::println);
        out.flush();
        return r.problems().stream().anyMatch(p -> p.startsWith("skipped")) ? 1 : 0;
    }
}
