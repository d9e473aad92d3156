package org.dateline.cli.train;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dateline.cli.eval.BlindSample;
import org.dateline.core.Pipeline;
import org.dateline.core.event.ActorDictionary;
import org.dateline.core.event.EventFilter;

/**
 * The judged samples of a folder: every {@code sample-NAME.jsonl} with its {@code judged-NAME.tsv}, the documents read
 * as the blind evaluation reads them ({@link BlindSample}), coded with the filter off, and the judges' rows aligned on
 * the events ({@link Alignment}). Judges work through a sample in order, so a document counts as judged when it comes
 * at or before the last document their file names, or the number their file's line {@code # documents judged: N}
 * gives, whichever is later; later ones are left out (a file still growing).
 *
 * <p>For the filter ({@link #load}) a Spanish document is left out, since the filter never weighs a Spanish article's
 * events; a page the public-affairs judgement withholds is kept, coded in full ({@link Pipeline#annotateForFilter}
 * says why).
 */
final class JudgedSamples {
    /** The judgements of every judged document, and the lines that say what did not fit. */
    record Loaded(List<Judgement> judgements, int documents, List<String> names, List<String> problems) {}

    private static final Pattern DOCUMENTS_JUDGED = Pattern.compile("#\\s*documents judged:\\s*(\\d+)");

    private JudgedSamples() {}

    /** Receives each judged document of a sample with the judge's rows about it. */
    interface Visitor {
        void visit(String sample, BlindSample.Document document, List<JudgedRow> rows);
    }

    static Loaded load(Path dir, Path shared, Pipeline unfiltered, PrintStream progress) throws IOException {
        List<Judgement> out = new ArrayList<>();
        List<String> problems = new ArrayList<>(), names = new ArrayList<>();
        int[] documents = {0};
        visit(dir, shared, unfiltered, progress, problems, names, (sample, d, rows) -> {
            // the filter never sees a Spanish article's events (the Spanish coder's have no features): nothing to learn
            if (Pipeline.isSpanish(d.article())) return;
            try {
                Pipeline.FilterInput coded = unfiltered.annotateForFilter(d.article());
                out.addAll(Alignment.align(d.key(), coded.annotated().events(), coded.features(), rows, problems));
                documents[0]++;
            } catch (RuntimeException e) {
                problems.add("skipped " + d.key() + ": " + e.getMessage());
            }
        });
        return new Loaded(out, documents[0], names, problems);
    }

    /**
     * Walks every judged document of the folder's samples in order.
     *
     * @param reader   the pipeline whose reading stages read the documents (no events are coded here)
     * @param progress a dot per document and a line per sample, or null
     * @param problems receives what did not fit (a sample without its judged file, a row naming no document)
     * @param names    receives the names of the samples walked
     */
    static void visit(Path dir, Path shared, Pipeline reader, PrintStream progress, List<String> problems,
                      List<String> names, Visitor visitor) throws IOException {
        for (Path sample : samples(dir)) {
            String name = nameOf(sample);
            Path judged = dir.resolve("judged-" + name + ".tsv");
            if (!Files.isRegularFile(judged)) {
                problems.add("no judged-" + name + ".tsv beside " + sample.getFileName() + " (sample skipped)");
                continue;
            }
            names.add(name);
            Map<String, List<JudgedRow>> rows = new LinkedHashMap<>();
            for (JudgedRow r : JudgedRow.read(judged)) rows.computeIfAbsent(r.doc(), k -> new ArrayList<>()).add(r);
            List<BlindSample.Document> docs = BlindSample.read(sample, shared, reader, problems);
            int last = Math.min(docs.size(), documentsJudged(Files.readAllLines(judged))) - 1;
            for (int i = 0; i < docs.size(); i++) if (rows.containsKey(docs.get(i).key())) last = Math.max(last, i);
            for (String doc : rows.keySet()) {
                if (docs.stream().noneMatch(d -> d.key().equals(doc))) problems.add("judged " + doc + " is not in " + sample.getFileName());
            }
            for (int i = 0; i <= last; i++) {
                BlindSample.Document d = docs.get(i);
                visitor.visit(name, d, rows.getOrDefault(d.key(), List.of()));
                if (progress != null) progress.print(".");
            }
            if (progress != null) progress.println(" " + name + ": " + (last + 1) + " documents judged");
        }
    }

    /**
     * How many documents, from the first, the judge says were finished: the number of the file's line
     * {@code # documents judged: N}, or 0. It lets a last document with no event and nothing missed, which has no row,
     * count as judged; without the line, judging ends at the last document a row names.
     */
    static int documentsJudged(List<String> lines) {
        int n = 0;
        for (String line : lines) {
            Matcher m = DOCUMENTS_JUDGED.matcher(line.strip());
            if (m.matches()) n = Integer.parseInt(m.group(1));
        }
        return n;
    }

    /** A sample's name: "k3" for {@code sample-k3.jsonl}, the name its judged file {@code judged-k3.tsv} carries. */
    static String nameOf(Path sample) {
        return sample.getFileName().toString().replaceAll("^sample-|\\.jsonl$", "");
    }

    /**
     * The coder as the judges saw it: every stage, the event filter off and no actor dictionary learnt from a store.
     * What the judged rows are aligned on, and what {@code --no-filter} scores.
     */
    static Pipeline unfiltered() { return new Pipeline(ActorDictionary.empty(), EventFilter.none()); }

    private static List<Path> samples(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("sample-.+\\.jsonl")).sorted().toList();
        }
    }
}
