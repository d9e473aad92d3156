package org.dateline.cli.train;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dateline.cli.eval.BlindSample;
import org.dateline.core.Pipeline;
import org.dateline.core.json.AnnotationJson;
import org.dateline.model.Annotated;
import org.dateline.model.Event;
import org.dateline.model.Participant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dateline eval judge-view} (hidden): what a judge reads before writing a {@code judged-NAME.tsv}. For each
 * sample file, the documents in draw order as the judged evaluation reads them ({@link BlindSample}), coded with the
 * filter off (what the trainer aligns the rows on), written twice:
 * <ul>
 *   <li>{@code view-NAME.txt}: per document its number, key, date, language, headline and body, then one line per coded
 *       event with the columns a judged row starts with ({@code start end trigger type}) and the rest a judge
 *       checks (mode, CAMEO, status, date, actors, recipients, the span's words);</li>
 *   <li>{@code dump-NAME.jsonl}: one object per document (key, date, language, headline, body, events as
 *       {@code annotate} prints them, plus trigger), so that a judge's script finds the body offsets of a missed
 *       event's anchor phrase.</li>
 * </ul>
 * It lives in the project, not in a scratch folder, because the judging of a held-out sample must be repeatable by
 * whoever draws the next one.
 */
@Command(name = "judge-view", hidden = true, mixinStandardHelpOptions = true,
        description = "Write what a judge reads: each sample's documents and their coded events (filter off).")
public final class JudgeViewCommand implements Callable<Integer> {
    @Option(names = "--shared", defaultValue = "../shared", description = "the shared data folder (default: ${DEFAULT-VALUE})")
    Path shared;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder the views and dumps are written to")
    Path out;
    @Option(names = "--filter", description = "code with the shipped event filter on (default: off, as judges see the coder)")
    boolean filter;
    @Parameters(paramLabel = "SAMPLE", arity = "1..*", description = "sample-NAME.jsonl files")
    List<Path> samples;
    @Spec CommandSpec spec;

    @Override public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(shared.resolve(BlindSample.KCNA))) {
            err.println("need the texts under " + shared);
            return 2;
        }
        Files.createDirectories(out);
        Pipeline pipeline = filter ? new Pipeline() : JudgedSamples.unfiltered();
        ObjectMapper json = AnnotationJson.mapper();
        int failed = 0;
        for (Path sample : samples) {
            String name = JudgedSamples.nameOf(sample);
            List<String> problems = new ArrayList<>();
            List<BlindSample.Document> docs = BlindSample.read(sample, shared, pipeline, problems);
            try (BufferedWriter view = Files.newBufferedWriter(out.resolve("view-" + name + ".txt"), StandardCharsets.UTF_8);
                 BufferedWriter dump = Files.newBufferedWriter(out.resolve("dump-" + name + ".jsonl"), StandardCharsets.UTF_8)) {
                for (String p : problems) view.write("# " + p + "\n");
                int n = 0;
                for (BlindSample.Document d : docs) {
                    n++;
                    Annotated a;
                    try {
                        a = pipeline.annotate(d.article());
                    } catch (RuntimeException e) {
                        err.println(name + ": " + d.key() + ": not coded (" + e + ")");
                        failed++;
                        continue;
                    }
                    view.write(header(n, d) + d.article().body() + "\n\n");
                    ArrayNode events = json.createArrayNode();
                    for (Event e : a.events()) {
                        view.write(line(e, d.article().body()) + "\n");
                        ObjectNode ev = AnnotationJson.event(e);
                        ev.put("trigger", e.trigger() == null ? "" : e.trigger().strip());
                        events.add(ev);
                    }
                    view.write("\n");
                    ObjectNode o = json.createObjectNode();
                    o.put("n", n).put("doc", d.key()).put("date", d.article().publicationDate())
                            .put("language", d.article().language()).put("headline", d.article().headline())
                            .put("body", d.article().body()).set("events", events);
                    dump.write(json.writeValueAsString(o) + "\n");
                }
            }
            err.println(name + ": " + docs.size() + " documents -> " + out.resolve("view-" + name + ".txt"));
        }
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    private static String header(int n, BlindSample.Document d) {
        return "=".repeat(100) + "\n#" + n + "  " + d.key() + "  date " + d.article().publicationDate() + "  language "
                + d.article().language() + "\nHEADLINE: " + (d.article().headline() == null ? "-" : d.article().headline()) + "\n\n";
    }

    /** {@code start end trigger type | mode cameo status date | actors -> recipients | "span"}. */
    static String line(Event e, String body) {
        String span = e.start() >= 0 && e.end() <= body.length() && e.start() < e.end()
                ? body.substring(e.start(), e.end()).replace('\n', ' ') : "";
        return "EVENT\t" + e.start() + "\t" + e.end() + "\t" + (e.trigger() == null ? "" : e.trigger().strip()) + "\t" + e.type()
                + "\t| " + e.mode() + " " + e.cameo() + " " + e.status() + " " + e.date()
                + (e.dateMod() == null ? "" : " " + e.dateMod()) + "\t| " + names(e.actors()) + " -> " + names(e.recipients())
                + "\t| \"" + span + "\"";
    }

    private static String names(List<Participant> ps) {
        return ps.stream().map(p -> p.name() + " [" + p.country() + " " + p.sector() + "]").collect(Collectors.joining("; "));
    }
}
