package org.dateline.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.model.DateModifier;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

class BlindEventEvalTest {
    private static JsonNode actor(String json) throws Exception { return new ObjectMapper().readTree(json); }

    private static Event dated(String date, String mod) {
        return Event.builder().id("e1").type(EventType.CONSULT).cameo("040").actors(List.of()).recipients(List.of())
                .date(date).dateMod(mod == null ? null : DateModifier.parse(mod)).status(EventStatus.OCCURRED)
                .span(0, 1).confidence(0.5).build();
    }

    @Test void anActorMatchesByCountryCodeEvenUnderAnotherName() throws Exception {
        assertThat(BlindEventEval.sameActor(actor("{\"name\":\"Seoul\",\"country\":\"KOR\"}"),
                new Participant("South Korea", "KOR", "GOV"))).isTrue();
    }

    @Test void anActorMatchesByANameContainedInTheOther() throws Exception {
        assertThat(BlindEventEval.sameActor(actor("{\"name\":\"Anders Karlsson\"}"),
                new Participant("Karlsson", null, null))).isTrue();
        assertThat(BlindEventEval.sameActor(actor("{\"name\":\"Anders Karlsson\",\"country\":\"SWE\"}"),
                new Participant("Olof Palme", "NOR", null))).isFalse();
    }

    @Test void aGoldWithoutDateAcceptsOnlyNoDateOrThePublicationBound() {
        assertThat(BlindEventEval.dateAgrees(null, dated(null, null))).isTrue();
        assertThat(BlindEventEval.dateAgrees(null, dated("2011-12-02", "ON_OR_BEFORE"))).isTrue();
        assertThat(BlindEventEval.dateAgrees(null, dated("2011-12-02", null))).isFalse();
        assertThat(BlindEventEval.dateAgrees("195X", dated("195X", null))).isTrue();
        assertThat(BlindEventEval.dateAgrees("195X", dated("2011-12-02", "ON_OR_BEFORE"))).isFalse();
    }

    @Test void theDevHalvesAreStableAndBothNonEmpty() {
        int a = 0;
        for (int i = 0; i < 200; i++) if (PloverGoldEval.half("record-" + i) == 'A') a++;
        assertThat(a).isBetween(60, 140);
        assertThat(PloverGoldEval.half("record-7")).isEqualTo(PloverGoldEval.half("record-7"));
    }
}
