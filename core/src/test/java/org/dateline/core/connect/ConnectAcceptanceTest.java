package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.dateline.core.Pipeline;
import org.dateline.core.model.Annotated;
import org.dateline.core.model.Article;
import org.dateline.core.model.Connected;
import org.dateline.core.model.Event;
import org.dateline.core.model.StoryEvent;
import org.dateline.core.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Acceptance over the real per-document pipeline: every "cross_document" fact of the seeds' gold and of the
 * examples' expected.json must hold after connecting what the pipeline annotated. Skipped while the pipeline codes
 * no events (the events stage is not there yet); it turns on by itself once it is.
 */
class ConnectAcceptanceTest {
    private static final Pipeline PIPELINE = new Pipeline();

    @Test
    void examplesCrossDocumentGoldHolds() throws Exception {
        Path ex = Path.of("../examples").toAbsolutePath().normalize();
        check(new CrossDocumentGold(ex.resolve("expected.json"), ex));
    }

    @Test
    void seedsCrossDocumentGoldHolds() throws Exception {
        Path shared = SharedData.require();
        check(new CrossDocumentGold(shared.resolve("gold/seeds.gold.json"), shared.resolve("seeds")));
    }

    private static void check(CrossDocumentGold g) {
        List<Annotated> annotated = new ArrayList<>();
        for (Article a : g.articles.values()) annotated.add(PIPELINE.annotate(a));
        Assumptions.assumeTrue(annotated.stream().anyMatch(a -> !a.events().isEmpty()),
                "the pipeline codes no events yet: skipping the cross-document acceptance");
        Connected c = Connector.connect(annotated);
        Map<String, StoryEvent> at = g.locate(c, match(g, annotated));
        g.checkAll(c, at);
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
            Event best = null;
            int bestOverlap = 0;
            for (Event ev : a.events()) {
                if (!ev.type().equals(e.getValue().get("type").asText())) continue;
                int overlap = Math.min(span[1], ev.end()) - Math.max(span[0], ev.start());
                if (overlap > bestOverlap) { best = ev; bestOverlap = overlap; }
            }
            if (best != null) out.put(e.getKey(), best.id());
        }
        assertThat(out).as("gold events found among the coded events").isNotEmpty();
        return out;
    }
}
