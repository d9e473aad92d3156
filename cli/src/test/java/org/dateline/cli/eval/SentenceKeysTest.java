package org.dateline.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code eval merges --rekey} on invented stores: a label file keyed by event id re-keyed by sentence. */
class SentenceKeysTest {
    @TempDir Path dir;

    // two invented reports of one meeting, and a third article about another day's shelling
    private static final String BODY_A = "The minister met the envoy in Pyongyang on Monday. Troops shelled a village.";
    private static final String BODY_B = "The envoy left for home.\nHe had met the minister in Pyongyang on Monday.";
    private static final String BODY_C = "Troops shelled a village on Friday.";

    private static Annotated article(String id, String day, String body, List<Event> events) {
        Article a = new Article(id, "test", null, "Headline " + id, null, "Harbor Wire", null, null, day, false,
                List.of(), null, null, "en", body, "hash-" + id);
        return new Annotated(a, List.of(), List.of(), List.of(), events);
    }

    private static Event event(String id, EventType type, int start, int end, String day) {
        return new Event(id, type, null, type == EventType.CONSULT ? "040" : "190",
                List.of(new Participant("minister", "PRK", "GOV")), List.of(new Participant("envoy", "CHN", "GOV")),
                day, null, "Pyongyang", EventStatus.OCCURRED, null, start, end, 0.8, null, null, -1);
    }

    /** The articles as the labelled annotation numbered their events; {@code renumbered}: a later annotation. */
    private static List<Annotated> articles(boolean renumbered) {
        List<Event> a = new ArrayList<>(List.of(event("E1", EventType.CONSULT, 4, 49, "2024-03-04"),
                event("E2", EventType.ASSAULT, 51, 76, "2024-03-04")));
        List<Event> b = new ArrayList<>(List.of(event("E1", EventType.CONSULT, 32, 71, "2024-03-04")));
        if (renumbered) { // a new event before each: every id moves by one
            a = renumber(event("E0", EventType.SUPPORT, 0, 3, "2024-03-04"), a);
            b = renumber(event("E0", EventType.SUPPORT, 10, 24, "2024-03-05"), b);
        }
        return List.of(article("a1", "2024-03-04", BODY_A, a), article("b2", "2024-03-05", BODY_B, b),
                article("c3", "2024-03-08", BODY_C, List.of(event("E1", EventType.ASSAULT, 0, 34, "2024-03-08"))));
    }

    private static List<Event> renumber(Event first, List<Event> rest) {
        List<Event> out = new ArrayList<>(List.of(first.toBuilder().id("E1").build()));
        for (Event e : rest) out.add(e.toBuilder().id("E" + (Integer.parseInt(e.id().substring(1)) + 1)).build());
        return out;
    }

    private Path store(String name, boolean renumbered) {
        Path db = dir.resolve(name);
        try (Store s = Store.open(db)) { s.addAnnotated(articles(renumbered)); }
        return db;
    }

    private static final String LABELS = "# invented labels\r\n#   a comment line\tkept as it is\n"
            + "M001\ta1#E1\tb2#E1\tsame\tone meeting, days apart; doubt- nothing\n"
            + "\n"
            + "U001\ta1#E2\tc3#E1\tdifferent\tshelling on Monday vs Friday\r\n"
            + "U002\ta1#E9\tc3@0-35/ASSAULT/0\tdifferent\ta report the store lacks\n";

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new MergeEvalCommand());
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute(args)).isZero();
        return out.toString();
    }

    @Test void idsBecomeSentenceKeysAndEverythingElseIsCopiedByteForByte() throws Exception {
        Path db = store("drawn.db", false), labels = dir.resolve("labels.tsv"), out = dir.resolve("labels-sentences.tsv");
        Files.writeString(labels, LABELS);
        String said = run("--db", db.toString(), "--labels", labels.toString(), "--rekey", out.toString());
        assertThat(said).contains("re-keyed 4 reports", "1 not in the store", "not in the store: U002 a1#E9",
                "0 whose sentence key names another event");
        assertThat(Files.readString(out)).isEqualTo("# invented labels\r\n#   a comment line\tkept as it is\n"
                + "M001\ta1@0-50/CONSULT/4\tb2@25-72/CONSULT/32\tsame\tone meeting, days apart; doubt- nothing\n"
                + "\n"
                + "U001\ta1@51-76/ASSAULT/51\tc3@0-35/ASSAULT/0\tdifferent\tshelling on Monday vs Friday\r\n"
                + "U002\ta1#E9\tc3@0-35/ASSAULT/0\tdifferent\ta report the store lacks\n");
    }

    @Test void theReKeyedFileScoresAsTheOriginalAndStillFindsItsReportsAfterTheIdsAreRenumbered() throws Exception {
        Path drawn = store("drawn.db", false), again = store("again.db", true);
        Path labels = dir.resolve("labels.tsv"), out = dir.resolve("labels-sentences.tsv");
        Files.writeString(labels, LABELS);
        run("--db", drawn.toString(), "--labels", labels.toString(), "--rekey", out.toString());
        String byId = run("--db", drawn.toString(), "--labels", labels.toString());
        assertThat(byId).contains("2 of 3 labelled pairs");
        assertThat(run("--db", drawn.toString(), "--labels", out.toString())).isEqualTo(byId);
        assertThat(run("--db", again.toString(), "--labels", out.toString())).isEqualTo(byId);
    }

    @Test void rekeyWithoutLabelsIsAUsageError() {
        assertThat(new CommandLine(new MergeEvalCommand()).execute("--db", dir.resolve("x.db").toString(),
                "--rekey", dir.resolve("o.tsv").toString())).isEqualTo(2);
    }
}
