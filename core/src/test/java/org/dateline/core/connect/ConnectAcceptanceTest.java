package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.dateline.core.Pipeline;
import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.Participant;
import org.dateline.model.Spelled;
import org.dateline.model.StoryEvent;
import org.dateline.core.testing.SharedData;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Acceptance over the real per-document pipeline: every "cross_document" fact of the seeds' gold and of the
 * examples' .expected.json must hold after connecting what the pipeline annotated. Skipped while the pipeline codes
 * no events (the events stage is not there yet); it turns on by itself once it is.
 */
class ConnectAcceptanceTest {
    private static final Pipeline PIPELINE = new Pipeline();

    @Test
    void examplesCrossDocumentGoldHolds() throws Exception {
        Path ex = Path.of("../examples").toAbsolutePath().normalize();
        check(new CrossDocumentGold(ex.resolve(".expected.json"), ex), c -> List.of());
    }

    @Test
    void seedsCrossDocumentGoldHolds() throws Exception {
        Path shared = SharedData.require();
        check(new CrossDocumentGold(shared.resolve("gold/seeds.gold.json"), shared.resolve("seeds")), c -> {
            // the story: Lee and Biegun met three times during the visit (Washington, the trilateral, New York)
            List<String> met = meetings(c, "Lee Do-hoon", "Stephen Biegun", LocalDate.of(2019, 9, 16), LocalDate.of(2019, 9, 26));
            return met.size() == 3 ? List.of()
                    : List.of("occurred Lee-Biegun meetings 2019-09-16..2019-09-26: expected 3, got " + met);
        });
    }

    /** Occurred meetings (CONSULT story events) of both people dated inside [from, to]: "date: place" each. */
    static List<String> meetings(Connected c, String a, String b, LocalDate from, LocalDate to) {
        List<String> out = new ArrayList<>();
        for (StoryEvent se : c.events()) {
            Event e = se.event();
            if (e.type() != EventType.CONSULT || !EventStatus.OCCURRED.equals(e.status())) continue;
            Set<String> names = new HashSet<>();
            e.actors().forEach(p -> names.add(p.name()));
            e.recipients().forEach(p -> names.add(p.name()));
            if (!names.contains(a) || !names.contains(b)) continue;
            Span when = Span.of(e.date()).orElse(null);
            if (when == null || when.first().isBefore(from) || when.last().isAfter(to)) continue;
            out.add(e.date() + ": " + e.place());
        }
        return out;
    }

    private static void check(CrossDocumentGold g, Function<Connected, List<String>> more) {
        List<Annotated> annotated = new ArrayList<>();
        for (Article a : g.articles.values()) annotated.add(PIPELINE.annotate(a));
        Assumptions.assumeTrue(annotated.stream().anyMatch(a -> !a.events().isEmpty()),
                "the pipeline codes no events yet: skipping the cross-document acceptance");
        Connected c = Connector.connect(annotated);
        Map<String, StoryEvent> at = g.locate(c, match(g, annotated));
        List<String> failed = new ArrayList<>(g.failures(c, at));
        failed.addAll(more.apply(c));
        assertThat(failed).as("failing cross-document checks").isEmpty();
    }

    /** Each gold event -> the coded event of its article of the same type whose span overlaps its evidence most. */
    private static Map<String, String> match(CrossDocumentGold g, List<Annotated> annotated) {
        Map<String, Annotated> byId = new HashMap<>();
        annotated.forEach(a -> byId.put(a.article().id(), a));
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : g.events.entrySet()) {
            int[] span = g.evidence(e.getKey());
            Annotated a = byId.get(g.articles.get(e.getValue().get("doc").asText()).id());
            if (span == null || a == null) continue;
            Set<String> goldNames = new HashSet<>();
            for (String f : List.of("actors", "recipients")) e.getValue().path(f).forEach(n -> goldNames.add(n.asText()));
            Event best = null;
            int bestShared = -1, bestOverlap = 0;
            for (Event ev : a.events()) {
                if (!e.getValue().get("type").asText().equals(Spelled.of(ev.type()))) continue;
                int overlap = Math.min(span[1], ev.end()) - Math.max(span[0], ev.start());
                if (overlap <= 0) continue;
                // two events coded from one stretch of text ("separate talks with X and Y"): the one with the
                // gold event's participants is the gold event
                int shared = 0;
                for (Participant p : ev.actors()) if (goldNames.contains(p.name())) shared++;
                for (Participant p : ev.recipients()) if (goldNames.contains(p.name())) shared++;
                shared *= 2;
                if (Spelled.of(ev.status()).equals(e.getValue().get("status").asText())) shared++; // then the same status
                if (shared > bestShared || shared == bestShared && overlap > bestOverlap) {
                    best = ev;
                    bestShared = shared;
                    bestOverlap = overlap;
                }
            }
            if (best != null) out.put(e.getKey(), best.id());
        }
        assertThat(out).as("gold events found among the coded events").isNotEmpty();
        return out;
    }
}
