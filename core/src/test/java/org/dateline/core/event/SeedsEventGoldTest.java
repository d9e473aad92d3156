package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.dateline.core.testing.SharedData;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Acceptance on ../shared/gold/seeds.gold.json (skipped when ../shared is absent): every gold event found with its
 * type, participants, status and date, and the must-nots kept. Seed 000 gives no year; the gold's documents
 * section dates it 2019-09-26 (the story thread), which is what a user passes with --date.
 */
class SeedsEventGoldTest {
    @Test
    void everyGoldEventAndNoMustNot() throws Exception {
        Path shared = SharedData.require();
        JsonNode gold = new ObjectMapper().readTree(shared.resolve("gold/seeds.gold.json").toFile());
        Map<String, Annotated> byDoc = new HashMap<>();
        for (JsonNode doc : gold.get("documents")) {
            String file = doc.get("file").asText();
            Path p = shared.resolve("seeds").resolve(file);
            RawDocument raw = RawDocument.of(p.toString(), Files.readAllBytes(p));
            if (file.startsWith("000")) raw = raw.withDate(LocalDate.parse(doc.get("publication_date").asText()));
            byDoc.put(file.substring(0, 3), GoldEvents.WHOLE.annotate(raw));
        }
        assertThat(byDoc.get("000").article().publicationDate()).isEqualTo("2019-09-26");
        int found = 0, total = 0;
        for (JsonNode g : gold.get("events")) {
            total++;
            List<Event> coded = byDoc.get(g.get("doc").asText()).events();
            List<Event> m = GoldEvents.matches(g, coded);
            assertThat(m).as(g.get("id").asText() + " " + g.get("evidence").asText() + GoldEvents.describe(coded))
                    .isNotEmpty();
            assertThat(GoldEvents.dated(g, "date", m)).as(g.get("id").asText() + " date " + g.path("date").asText())
                    .isTrue();
            found++;
        }
        assertThat(found).isEqualTo(total);
        for (Annotated a : byDoc.values()) {
            for (Event e : a.events()) {
                for (Participant p : e.actors()) assertThat(p.name()).isNotEqualTo("Kim Seung-yeon");
                for (Participant p : e.recipients()) assertThat(p.name()).isNotEqualTo("Kim Seung-yeon");
                assertThat(e.date() == null || !e.date().startsWith(String.valueOf(LocalDate.now().getYear()))
                        || LocalDate.now().getYear() == 2019).as("no clock year").isTrue();
            }
        }
        // B12 "no plan to meet North Korean officials" is never a planned or occurred meeting
        assertThat(byDoc.get("001").events()).noneMatch(e -> e.type() == EventType.CONSULT
                && GoldEvents.names(e).contains("North Korea") && GoldEvents.names(e).contains("Lee Do-hoon")
                && (e.status().equals(EventStatus.PLANNED) || e.status().equals(EventStatus.OCCURRED)));
        // A4 "could happen soon" is never an occurred meeting
        assertThat(byDoc.get("000").events()).noneMatch(e -> e.type() == EventType.CONSULT
                && GoldEvents.names(e).containsAll(List.of("Donald Trump", "Kim Jong-un"))
                && e.status().equals(EventStatus.OCCURRED) && e.date() != null && !e.date().startsWith("2019-02"));
        // no furniture headline of 000 in an event's span
        String body000 = byDoc.get("000").article().body();
        for (Event e : byDoc.get("000").events()) {
            assertThat(body000.substring(e.start(), e.end())).doesNotContain("Arthdal").doesNotContain("BTS leader");
        }
    }
}
