package org.dateline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.dateline.core.lexicon.PetrarchImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dateline dictionaries}: the event dictionaries Dateline's lexicon is generated from. */
@Command(name = "dictionaries", mixinStandardHelpOptions = true,
        description = "Work with the PETRARCH-2 event dictionaries the generated lexicon comes from.",
        subcommands = DictionariesCommand.Import.class)
final class DictionariesCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(System.out); }

    /** {@code dateline dictionaries import}: (re)generates the lexicon resources from the dictionaries. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Turn the PETRARCH-2 verb, agent, actor and discard dictionaries into Dateline's generated "
                    + "lexicon resources (with a NOTICE carrying their MIT licence).",
            footer = {"", "Example:", "  dateline dictionaries import"})
    static final class Import implements Callable<Integer> {
        @Option(names = "--from", defaultValue = "../shared/dev/dictionaries/petrarch2",
                description = "the PETRARCH-2 dictionaries folder (default: ${DEFAULT-VALUE})") Path from;
        @Option(names = "--cameo2plover", defaultValue = "../shared/dev/events/cameo2plover.txt",
                description = "the CAMEO to PLOVER table (default: ${DEFAULT-VALUE})") Path cameo2plover;
        @Option(names = "--to", defaultValue = "core/src/main/resources/org/dateline/core/event/petrarch",
                description = "where the generated resources go (default: ${DEFAULT-VALUE})") Path to;

        @Override public Integer call() throws Exception {
            if (!Files.isDirectory(from) || !Files.isRegularFile(cameo2plover)) {
                System.err.println("dictionaries import: no dictionaries at " + from + " or no table at " + cameo2plover);
                return 2;
            }
            List<String> problems = new ArrayList<>();
            Map<String, String> files = PetrarchImport.generate(from, cameo2plover, e -> problems.add(e.getMessage()));
            PetrarchImport.write(files, to);
            for (Map.Entry<String, String> f : files.entrySet()) {
                long rows = f.getValue().lines().filter(l -> !l.startsWith("#")).count();
                System.out.printf("%-18s %,8d lines%n", f.getKey(), rows);
            }
            long names = files.get("actors.tsv").lines().filter(l -> !l.startsWith("#"))
                    .flatMap(l -> Arrays.stream(l.split("\t")[0].split("\\|")))
                    .filter(p -> !p.equals(p.toLowerCase(Locale.ROOT))).count();
            System.out.printf("%,d actor phrases of ordinary words kept only as names (capitalised)%n", names);
            problems.forEach(p -> System.err.println("skipped: " + p));
            System.out.printf("wrote %d files to %s; %d dictionary lines skipped%n", files.size(), to, problems.size());
            return 0;
        }
    }
}
