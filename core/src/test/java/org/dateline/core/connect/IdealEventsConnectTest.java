package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dateline.model.Annotated;
import org.dateline.model.Connected;
import org.dateline.model.EventStatus;
import org.dateline.model.StoryEvent;
import org.dateline.core.testing.SharedData;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The cross-document gold of the project's examples and of the seeds, given an ideal events stage (events built
 * from the gold, dated as each page alone supports): what the connect stage itself must get right, whatever the
 * events stage's quality.
 */
class IdealEventsConnectTest {
    private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

    @Test
    void examplesThreadHoldsEveryCrossDocumentFact() throws Exception {
        CrossDocumentGold g = new CrossDocumentGold(EXAMPLES.resolve(".expected.json"), EXAMPLES);
        List<Annotated> input = g.idealAnnotated(g.actorCodes());
        Collections.reverse(input); // a batch in any order
        Connector connector = new Connector();
        connector.addAll(input);
        assertThat(connector.problems()).isEmpty();
        Connected c = connector.snapshot();
        Map<String, StoryEvent> at = g.locate(c, identity(g));
        g.checkAll(c, at);

        String yearless = g.articles.get("03").id();
        assertThat(c.inferredDates()).containsEntry(yearless, "2024-03-09");
        assertThat(at.get("03-1").event().date()).isEqualTo("2024-03-08");
        assertThat(at.get("03-4").event().date()).isEqualTo("2024-02");
        // The story's check: Park and Whitfield met in person exactly twice during the March trip.
        long meetings = c.events().stream()
                .filter(se -> se.event().status() == EventStatus.OCCURRED && se.event().type() == EventType.CONSULT)
                .filter(se -> names(se).containsAll(List.of("Park Min-jae", "Laura Whitfield")))
                .filter(se -> se.event().date() != null && se.event().date().startsWith("2024-03"))
                .count();
        assertThat(meetings).isEqualTo(2);
        // Revisions are kept, and every mention names its article's headline and sentence.
        assertThat(at.get("06-1").mentions()).extracting(m -> m.article())
                .contains(g.articles.get("06").id(), g.articles.get("07").id());
        assertThat(at.get("06-1").mentions()).allSatisfy(m -> assertThat(m.sentence()).contains("trilateral"));
    }

    @Test
    void seedsHoldEveryCrossDocumentFact() throws Exception {
        Path shared = SharedData.require();
        CrossDocumentGold g = new CrossDocumentGold(shared.resolve("gold/seeds.gold.json"), shared.resolve("seeds"));
        Connected c = Connector.connect(g.idealAnnotated(g.actorCodes()));
        Map<String, StoryEvent> at = g.locate(c, identity(g));
        g.checkAll(c, at);
        assertThat(c.inferredDates()).containsEntry(g.articles.get("000").id(), "2019-09-26");
        // "Lee and Biegun met three times during this visit": A6, A7, A1 and no other.
        List<String> met = new ArrayList<>();
        for (StoryEvent se : c.events()) {
            if (se.event().status() != EventStatus.OCCURRED || se.event().date() == null) continue;
            if (!names(se).containsAll(List.of("Lee Do-hoon", "Stephen Biegun"))) continue;
            Span visit = new Span(java.time.LocalDate.of(2019, 9, 16), java.time.LocalDate.of(2019, 9, 26));
            if (Span.of(se.event().date()).filter(visit::contains).isPresent()) met.add(se.id());
        }
        assertThat(met).containsExactlyInAnyOrder(at.get("A6").id(), at.get("A7").id(), at.get("A1").id());
        assertThat(at.get("B12").links()).isEmpty();
        assertThat(at.get("A4").links()).isEmpty();
    }

    private static Map<String, String> identity(CrossDocumentGold g) {
        Map<String, String> m = new HashMap<>();
        g.events.keySet().forEach(id -> m.put(id, id));
        return m;
    }

    static List<String> names(StoryEvent se) {
        List<String> out = new ArrayList<>();
        se.event().actors().forEach(p -> out.add(p.name()));
        se.event().recipients().forEach(p -> out.add(p.name()));
        return out;
    }
}
