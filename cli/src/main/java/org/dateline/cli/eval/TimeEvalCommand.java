package org.dateline.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dateline.core.time.Anchor;
import org.dateline.core.time.Timex;
import org.dateline.core.time.TimexResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dateline eval time}: runs the time resolver over TimeML files anchored on each file's creation time and
 * scores it TempEval-3 style, so that a change to the rules can be judged on data nobody on the project wrote.
 */
@Command(name = "time", mixinStandardHelpOptions = true,
        description = "Score the time-expression resolver on TimeML files (TimeBank, AQUAINT), TempEval-3 style.")
public final class TimeEvalCommand implements Callable<Integer> {
    @Option(names = "--dir", description = "Folder searched recursively for .tml files (default: ${DEFAULT-VALUE}).",
            defaultValue = "../shared/dev/time")
    Path dir;

    @Option(names = "--verbose", description = "List every miss, spurious match and wrong value.")
    boolean verbose;

    @Spec CommandSpec spec;

    /** Runs the command on its own, before or without the {@code dateline eval} parent. */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new TimeEvalCommand()).execute(args));
    }

    @Override public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("no such folder: " + dir);
            return 2;
        }
        List<TimeMlDocument> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                try {
                    docs.add(TimeMlDocument.read(f));
                } catch (IOException e) {
                    err.println("skipped: " + e.getMessage());
                }
            }
        }
        if (docs.isEmpty()) {
            err.println("no TimeML files under " + dir);
            return 2;
        }
        TimexResolver resolver = new TimexResolver();
        TempEvalScore score = new TempEvalScore();
        for (TimeMlDocument d : docs) score.add(d, resolver.resolve(d.text(), Anchor.of(d.dct())));
        if (verbose) score.errors().forEach(out::println);
        out.printf("documents %d, gold timexes %d, system timexes %d%n", docs.size(), score.goldCount(),
                score.systemCount());
        out.printf("strict  P %.4f  R %.4f  F1 %.4f%n", score.strictPrecision(), score.strictRecall(), score.strictF1());
        out.printf("relaxed P %.4f  R %.4f  F1 %.4f%n", score.relaxedPrecision(), score.relaxedRecall(),
                score.relaxedF1());
        out.printf("value   accuracy %.4f  F1 %.4f%n", score.valueAccuracy(), score.valueF1());
        out.printf("value   F1 with equivalent TimeML spellings counted equal (1998-W7 = 1998-W07): %.4f%n", score.equivalentValueF1());
        out.printf("type    accuracy %.4f  F1 %.4f%n", score.typeAccuracy(), score.typeF1());
        out.printf("speed   %.0f tokens/s%n", tokensPerSecond(resolver, docs));
        out.flush();
        return 0;
    }

    /** Throughput over the whole set after a warm-up pass, whitespace tokens per second. */
    static double tokensPerSecond(TimexResolver resolver, List<TimeMlDocument> docs) {
        long tokens = 0;
        for (TimeMlDocument d : docs) tokens += d.text().split("\\s+").length;
        int sink = 0;
        for (TimeMlDocument d : docs) sink += resolver.resolve(d.text(), Anchor.of(d.dct())).size();
        int rounds = 3;
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            for (TimeMlDocument d : docs) {
                List<Timex> found = resolver.resolve(d.text(), Anchor.of(d.dct()));
                sink += found.size();
            }
        }
        long nanos = System.nanoTime() - t0;
        if (sink < 0) throw new IllegalStateException();
        return tokens * rounds / (nanos / 1e9);
    }
}
