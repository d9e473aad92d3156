package org.dateline.cli.train;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.dateline.core.Pipeline;
import org.dateline.cli.train.JudgedScore.Count;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dateline eval judged}: the coder of this tree scored on the judged samples ({@code tools/event-filter/judged}),
 * by half and by family, as {@link JudgedScore} counts: kept and dropped judged events, recovered misses, and the new
 * events no judge has read yet (listed with {@code --list new}, so that a judge can read them and the files grow). The
 * last column counts the gold events of documents not in English, which the language stages never read: part of the
 * recall's loss that no change to the coder can win back. Beside the precision over judged events stands its lower
 * bound, the precision if every new event were wrong (a change that adds or drops unjudged events shows there). The row ends with the precision over asserted events, which
 * leaves out the negated and possible events judged no event ({@link JudgedScore}), and the main actor of the found
 * events: the share with the gold country, sector and both ({@link ActorScore}).
 */
@Command(name = "judged", mixinStandardHelpOptions = true,
        description = "Score the event coder on the judged samples: kept, dropped, recovered and new events, P and R by half and family.")
public final class JudgedEvalCommand implements Callable<Integer> {
    @Mixin JudgedFolders folders;
    @Option(names = "--no-filter", description = "code with the event filter off, as the judges saw the coder") boolean noFilter;
    @Option(names = "--list", split = ",", paramLabel = "WHAT",
            description = "also list these, one line each (an event the proposer guessed ends with its confidence): KEPT_RIGHT, NEW, RECOVERED, DROPPED_RIGHT, DROPPED_WRONG, DATE_WRONG, KEPT_WRONG (a coded event a judge found wrong, with the verdict), ACTOR_WRONG (a found event whose main actor has a wrong country or sector), MISSED (a gold event no coded event stands for, with the judge's reason and its sentence)") Set<Count> list = EnumSet.noneOf(Count.class);
    @Option(names = "--half", paramLabel = "A|B",
            description = "score the documents of one half only (half the time, to tune on A)") String half;
    @Option(names = "--page-dump", paramLabel = "FILE", hidden = true,
            description = "also write one JSON line per document: the page decision's cues, what the pipeline found, "
                    + "and the judged counts of its events kept and withheld, for experiments outside Java") Path pageDump;
    @Spec CommandSpec spec;

    @Override public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (folders.missing().isPresent()) {
            spec.commandLine().getErr().println(folders.missing().get());
            return 2;
        }
        Pipeline pipeline = noFilter ? JudgedSamples.unfiltered() : new Pipeline();
        Map<String, JudgedScore.Tally> tallies = new TreeMap<>();
        List<JudgedScore.Line> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>(), names = new ArrayList<>(), dumped = new ArrayList<>();
        if (half != null && !half.equals("A") && !half.equals("B")) {
            spec.commandLine().getErr().println("--half must be A or B, not " + half);
            return 2;
        }
        JudgedSamples.visit(folders.judged, folders.shared, pipeline, System.err, problems, names, (sample, d, rows) -> {
            if (half != null && Judgement.halfOf(d.key()) != half.charAt(0)) return;
            String group = Judgement.halfOf(d.key()) + " " + family(d.key());
            JudgedScore.Tally tally = tallies.computeIfAbsent(group, k -> new JudgedScore.Tally());
            try {
                Pipeline.Judged judged = pipeline.annotateJudged(d.article(), true);
                List<org.dateline.model.Event> events = judged.publicAffairs().reports() ? judged.annotated().events() : List.of();
                int listed = lines.size();
                JudgedScore.score(d.key(), events, rows, tally, lines);
                if (list.contains(Count.MISSED)) withSentences(lines, listed, judged.annotated().article().body());
                if (pageDump != null) dumped.add(PageDump.line(d, judged, rows));
                // the coders read English and Spanish: a judge's gold in another language is out of their reach
                tally.add(Count.GOLD_UNREAD_LANGUAGE, JudgedScore.goldUnread(d.article(), rows));
            } catch (RuntimeException e) {
                problems.add("skipped " + d.key() + ": " + e.getMessage());
            }
        });
        if (pageDump != null) java.nio.file.Files.write(pageDump, dumped);
        o.println("judged samples " + names + " in " + folders.judged + ", filter " + (noFilter ? "off" : "on"));
        problems.forEach(p -> o.println("  " + p));
        Map<String, JudgedScore.Tally> halves = new TreeMap<>();
        tallies.forEach((group, t) -> {
            o.println(row(group, t));
            halves.computeIfAbsent(group.substring(0, 1) + " all", k -> new JudgedScore.Tally()).addAll(t);
            halves.computeIfAbsent("all", k -> new JudgedScore.Tally()).addAll(t);
        });
        halves.forEach((group, t) -> o.println(row(group, t)));
        for (JudgedScore.Line l : lines) {
            if (list.contains(l.count())) o.println(l.count() + "\t" + l.doc() + "\t" + l.start() + "-" + l.end() + "\t" + l.what());
        }
        o.flush();
        return 0;
    }

    /**
     * Gives each MISSED line from {@code from} on the sentence its gold event sits in, since a missed event has no coded
     * span to look up: the listing is read to group misses by construction.
     */
    static void withSentences(List<JudgedScore.Line> lines, int from, String body) {
        for (int i = from; i < lines.size(); i++) {
            JudgedScore.Line l = lines.get(i);
            if (l.count() == Count.MISSED) lines.set(i, new JudgedScore.Line(l.count(), l.doc(), l.start(), l.end(),
                    l.what() + " | " + sentenceAt(body, l.start(), l.end())));
        }
    }

    /** The sentence (by {@link BreakIterator}) around a span, on one line, or "" where the span is not in the body. */
    static String sentenceAt(String body, int start, int end) {
        if (body == null || start < 0 || end > body.length() || start >= end) return "";
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(body);
        int from = sentences.preceding(start + 1), to = sentences.following(end - 1);
        String s = body.substring(from == BreakIterator.DONE ? 0 : from, to == BreakIterator.DONE ? body.length() : to);
        return s.replaceAll("\\s+", " ").strip();
    }

    /** KCNA stories, wire copy of the TimeML sets, or web pages: three kinds of text the coder meets, scored apart. */
    static String family(String doc) {
        if (doc.startsWith("kcna:")) return "KCNA";
        return doc.startsWith("tml:") ? "wire" : "web";
    }

    private static String row(String group, JudgedScore.Tally t) {
        return String.format(Locale.ROOT, "%-7s docs %3d gold %4d | kept right %3d wrong %3d | dropped right %3d wrong %3d "
                        + "| recovered %3d (actor country %3d) | new %3d | P %.3f (if new are wrong %.3f) R %.3f | date right %3d wrong %3d not checked %3d "
                        + "| gold unread language %3d | negated or possible judged no event %3d, P asserted %.3f "
                        + "| actor %3d: country %.3f sector %.3f both %.3f",
                group, t.get(Count.DOCUMENTS),
                t.get(Count.GOLD), t.get(Count.KEPT_RIGHT), t.get(Count.KEPT_WRONG), t.get(Count.DROPPED_RIGHT),
                t.get(Count.DROPPED_WRONG), t.get(Count.RECOVERED), t.get(Count.RECOVERED_ACTOR_OK), t.get(Count.NEW),
                t.precision(), t.precisionIfNewAreWrong(), t.recall(), t.get(Count.DATE_RIGHT), t.get(Count.DATE_WRONG), t.get(Count.DATE_UNCHECKED),
                t.get(Count.GOLD_UNREAD_LANGUAGE), t.get(Count.KEPT_WRONG_UNASSERTED), t.assertedPrecision(),
                t.get(Count.ACTOR_SCORED), t.actorShare(Count.ACTOR_COUNTRY_RIGHT), t.actorShare(Count.ACTOR_SECTOR_RIGHT),
                t.actorShare(Count.ACTOR_RIGHT));
    }
}
