package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.dateline.model.Annotated;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.Participant;
import org.dateline.core.source.RawDocument;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The project's own example stories against examples/.expected.json (always runs): recall of the expected events
 * (type, participants, status), their dates, and the must-nots on plans and reporters.
 */
class ExamplesEventTest {
    private static Path examples() {
        for (String c : new String[] {"examples", "../examples"}) {
            if (Files.isDirectory(Path.of(c))) return Path.of(c);
        }
        throw new IllegalStateException("examples/ not found");
    }

    @Test
    void recallAndMustNots() throws Exception {
        Path dir = examples();
        JsonNode expected = new ObjectMapper().readTree(dir.resolve(".expected.json").toFile());
        Map<String, Annotated> byDoc = new HashMap<>();
        for (JsonNode doc : expected.get("documents")) {
            Path p = dir.resolve(doc.get("file").asText());
            byDoc.put(doc.get("doc").asText(), GoldEvents.WHOLE.annotate(RawDocument.of(p.toString(), Files.readAllBytes(p))));
        }
        int total = 0, found = 0, dated = 0;
        List<String> missed = new ArrayList<>();
        for (JsonNode g : expected.get("events")) {
            total++;
            List<Event> m = GoldEvents.matches(g, byDoc.get(g.get("doc").asText()).events());
            if (m.isEmpty()) {
                missed.add(g.get("id").asText() + " " + g.get("evidence").asText());
                continue;
            }
            found++;
            String dateField = g.has("date_alone") ? "date_alone" : "date";
            if (GoldEvents.dated(g, dateField, m)) dated++;
        }
        System.out.printf("examples: %d expected events, %d found (recall %.2f), %d with the right date%n", total, found,
                (double) found / total, dated);
        missed.forEach(x -> System.out.println("  missed " + x));
        assertThat((double) found / total).as("recall").isGreaterThanOrEqualTo(0.2); // a floor to ratchet up: see the printed figures
        assertThat((double) dated / Math.max(1, found)).as("dates of found events").isGreaterThanOrEqualTo(0.7);

        // must-nots: reporters are never participants; plans and refusals never occurred
        List<String> bylines = List.of("Han Ji-woo", "Aiko Tanabe", "Liang Xiaoyu", "Seo Min-kyung");
        for (Annotated a : byDoc.values()) {
            for (Event e : a.events()) {
                for (Participant p : e.actors()) assertThat(bylines).doesNotContain(p.name());
                for (Participant p : e.recipients()) assertThat(bylines).doesNotContain(p.name());
            }
        }
        assertThat(byDoc.get("04").events()).as("04-3 a chance, not a meeting held").noneMatch(e -> e.type() == EventType.CONSULT
                && GoldEvents.names(e).equals(java.util.Set.of("Kenji Morita", "Laura Whitfield"))
                && e.status().equals(EventStatus.OCCURRED));
        assertThat(byDoc.get("07").events()).as("07-9 no plan to meet").noneMatch(e -> e.type() == EventType.CONSULT
                && GoldEvents.names(e).equals(java.util.Set.of("United States", "North Korea"))
                && (e.status().equals(EventStatus.OCCURRED) || e.status().equals(EventStatus.PLANNED)) && e.date() != null
                && !e.date().startsWith("2024-02"));
        for (String d : List.of("05", "06", "07")) {
            assertThat(byDoc.get(d).events()).as(d + " Park-Zhao talks of 2024-03-14 are not held")
                    .noneMatch(e -> "2024-03-14".equals(e.date()) && e.status().equals(EventStatus.OCCURRED)
                            && GoldEvents.names(e).containsAll(List.of("Park Min-jae", "Zhao Lianqing")));
        }
    }
}
