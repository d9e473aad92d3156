package org.dateline.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** The annotate JSON's added field 'origin': which stage of the coder made an event; the older fields stay as they were. */
class AnnotationJsonOriginTest {
    private static Event event(String origin, String mode) {
        return Event.builder().id("E1").type(EventType.SUPPORT).mode(mode).cameo("051").trigger("hailed").span(0, 20)
                .origin(origin).build();
    }

    @Test
    void aProposedEventSaysItsOriginAndKeepsItsModeFieldForTheMode() {
        ObjectNode n = AnnotationJson.event(event(Event.PROPOSER, null));
        assertThat(n.get("origin").asText()).isEqualTo("proposer");
        assertThat(n.get("mode").isNull()).isTrue();
    }

    @Test
    void aRulesEventSaysRulesAndEveryOlderFieldIsStillWritten() {
        ObjectNode n = AnnotationJson.event(event(Event.RULES, "visit"));
        assertThat(n.get("origin").asText()).isEqualTo("rules");
        assertThat(n.get("mode").asText()).isEqualTo("visit");
        List<String> older = List.of("id", "type", "mode", "cameo", "actors", "recipients", "date", "date_mod", "place",
                "status", "topic", "start", "end", "confidence", "outcome", "trigger", "sentence", "reported_by");
        assertThat(older).allMatch(n::has);
    }

    @Test
    void anEventBuiltWithoutAnOriginIsTheRules() {
        assertThat(Event.builder().id("E1").build().origin()).isEqualTo(Event.RULES);
        assertThat(AnnotationJson.event(Event.builder().id("E1").origin(null).build()).get("origin").asText()).isEqualTo("rules");
    }
}
