package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code annotate --no-nlp} reads pages into their fields and body and runs no language stage. */
class AnnotateReadOnlyTest {
    private static final String STORY = "Park Min-jae, South Korea's nuclear envoy, met Ellen Whitfield of the State "
            + "Department in Washington on Friday, and the two said they would meet again next month in Seoul.";

    private static List<JsonNode> annotateLines(String input, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnotateCommand command = new AnnotateCommand(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        int code = new CommandLine(command).execute(args);
        assertThat(code).isZero();
        ObjectMapper m = new ObjectMapper();
        return out.toString(StandardCharsets.UTF_8).lines().map(l -> {
            try {
                return m.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
    }

    @Test
    void jsonLinesAreReadIntoFieldsAndBodyWithNoLanguageAnnotations() throws Exception {
        ObjectMapper m = new ObjectMapper();
        String page = "<html><head><title>Envoys meet in Washington</title>"
                + "<meta property=\"article:published_time\" content=\"2024-03-08T09:00:00Z\"></head>"
                + "<body><article><p>" + STORY + "</p></article></body></html>";
        String lines = m.writeValueAsString(m.createObjectNode().put("id", "a").put("html", page)) + "\n"
                + m.writeValueAsString(m.createObjectNode().put("id", "b").put("text", STORY)) + "\n";
        List<JsonNode> out = annotateLines(lines, "--no-nlp", "--jsonl", "-");
        assertThat(out).hasSize(2);
        JsonNode a = out.get(0);
        assertThat(a.path("article").path("headline").asText()).isEqualTo("Envoys meet in Washington");
        assertThat(a.path("article").path("publication_date").asText()).isEqualTo("2024-03-08");
        assertThat(a.path("article").path("body").asText()).isEqualTo(STORY);
        assertThat(out.get(1).path("article").path("page_type").asText()).isEqualTo("article");
        assertThat(out.get(1).path("article").path("page_type_reason").asText()).isEqualTo("wire text");
        for (JsonNode o : out) {
            assertThat(o.has("error")).isFalse();
            for (String stage : List.of("entities", "timexes", "quotes", "events")) {
                assertThat(o.path(stage).isArray()).as(stage).isTrue();
                assertThat(o.path(stage)).as(stage).isEmpty();
            }
        }
    }
}
