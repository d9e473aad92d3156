package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReadCommandsTest {
    @TempDir static Path dir;
    static Path db;

    @BeforeAll static void fill() {
        db = dir.resolve("r.db");
        Fixtures.store(db).close();
    }

    private static String run(Function<PrintStream, Callable<Integer>> command, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        CommandLine cl = new CommandLine(command.apply(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        assertThat(cl.execute(all)).isZero();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void timelineListsAnActorsEventsInDateOrderWithTheirSentence() {
        String out = run(TimelineCommand::new, "whitfield");           // an alias, any case

        // the plan that came true is told under the meeting it became, not as a fourth event
        assertThat(out).startsWith("Ellen Whitfield: 3 events (1 plan that came true shown under the outcome)");
        assertThat(out).containsSubsequence("2024-03 ", "REQUEST", "2024-03-08", "occurred", "Park Min-jae -> Ellen Whitfield",
                "Park met Whitfield in Washington", "(+1 more reports)", "realizes: 2024-03-08", "planned", "2024-W11");
    }

    @Test
    void timelineWithASecondActorAndJson() throws Exception {
        JsonNode arr = new ObjectMapper().readTree(run(TimelineCommand::new, "Kenji Morita", "--with", "Park Min-jae", "--json"));

        assertThat(arr.isArray()).isTrue();
        assertThat(arr).hasSize(1);
        assertThat(arr.get(0).get("id").asText()).isEqualTo("se-tri");
        assertThat(arr.get(0).get("mentions").get(0).get("sentence").asText()).isEqualTo("The three envoys held talks.");
    }

    @Test
    void timelineTakesTheExportFilters() {
        String planned = run(TimelineCommand::new, "Ellen Whitfield", "--status", "planned");
        assertThat(planned).contains("planned").doesNotContain("occurred");
        String march8 = run(TimelineCommand::new, "Ellen Whitfield", "--from", "2024-03-08", "--to", "2024-03-08", "--type", "consult");
        assertThat(march8).contains("2024-03-08").doesNotContain("REQUEST").doesNotContain("2024-W11");
    }

    @Test
    void aMisspeltTypeOrStatusIsAUsageErrorNamingTheChoicesNotAnEmptyTimeline() {
        for (String[] criterion : new String[][] {{"--type", "MEETING"}, {"--status", "happened"}}) {
            StringWriter err = new StringWriter();
            CommandLine cl = new CommandLine(new TimelineCommand(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
            cl.setErr(new PrintWriter(err));
            int code = cl.execute("--db", db.toString(), "Ellen Whitfield", criterion[0], criterion[1]);

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).contains("'" + criterion[1] + "'")
                    .containsAnyOf("CONSULT", "occurred");
        }
    }

    @Test
    void threadShowsArticlesAndEvents() {
        String out = run(ThreadCommand::new, "t1");

        assertThat(out).containsSubsequence("Park Min-jae – Ellen Whitfield: nuclear talks", "2024-03-07 .. 2024-03-13",
                "Articles:", "2024-03-07", "Envoy leaves", "Three envoys meet", "Events:", "CONSULT");
        assertThat(out).doesNotContain("REQUEST");
        assertThat(run(ThreadCommand::new)).contains("t1").contains("3 articles");
    }

    @Test
    void actorsAsTextAndJson() throws Exception {
        assertThat(run(ActorsCommand::new).lines().findFirst().orElseThrow()).contains("Ellen Whitfield").contains("USA");
        JsonNode arr = new ObjectMapper().readTree(run(ActorsCommand::new, "--json", "--limit", "1"));
        assertThat(arr).hasSize(1);
        assertThat(arr.get(0).get("name").asText()).isEqualTo("Ellen Whitfield");
        assertThat(arr.get(0).get("aliases").get(0).asText()).isEqualTo("Whitfield");
    }

    @Test
    void statsCountArticlesAndTheConnectedRecord() {
        String out = run(StatsCommand::new);
        assertThat(out).containsPattern("articles +[1-9]").containsPattern("events +[1-9][0-9,]* story events, [0-9,]+ links")
                .containsPattern("threads +[1-9]");
    }

    @Test
    void linksNameBothEventsAndTheEvidence() {
        String out = run(LinksCommand::new);

        // stored both ways (realized_by and realizes), printed once, from the plan's side
        assertThat(out).containsSubsequence("planned", "[se-plan]", "realized by", "occurred", "[se-met]",
                "plan:", "\"", "outcome:", "\"", "why:", "same participants");
        assertThat(out).doesNotContain("realizes").doesNotContain("[se-met]\n  realized");
        assertThat(out.split("realized by", -1)).hasSize(2);
    }

    @Test
    void exportFiltersAndWritesAFile() throws Exception {
        Path file = dir.resolve("out.csv");
        run(ExportCommand::new, "--format", "csv", "--actor", "Park", "--type", "consult", "--from", "2024-03-09", "-o", file.toString());

        List<CSVRecord> rows;
        try (CSVParser p = CSVParser.parse(Files.readString(file), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            rows = p.getRecords();
        }
        assertThat(rows).extracting(r -> r.get("GlobalEventID")).containsExactly("se-tri");
    }

    @Test
    void exportJsonlToStandardOutput() throws Exception {
        String out = run(ExportCommand::new, "--format", "jsonl", "--to", "2024-03-08");
        ObjectMapper m = new ObjectMapper();
        List<String> ids = out.lines().map(l -> {
            try {
                return m.readTree(l).get("id").asText();
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertThat(ids).containsExactly("se-demand", "se-met", "se-plan");
    }
}
