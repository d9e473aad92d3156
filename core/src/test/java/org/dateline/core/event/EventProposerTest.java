package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.dateline.core.Pipeline;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/** The proposer stage: an event of a type where a toy model is sure and the rules gave the sentence none of it. */
class EventProposerTest {
    /** Sure of SUPPORT in a sentence that fetes or praises (probability .95), unsure elsewhere (.05). */
    private static final ProposerWeights TOASTS = new ProposerWeights(
            Map.of(EventType.SUPPORT, new FilterWeights(-3, 0.5, Map.of("lemma=fete", 6.0, "lemma=praise", 6.0))),
            Map.of(EventType.SUPPORT, "051"));
    private static final Pipeline PROPOSING = new Pipeline(ActorDictionary.empty(), EventFilter.none(), EventProposer.of(TOASTS));

    private static Article article(String body) {
        return new Article("t", "test", null, null, null, null, null, null, "2023-05-10", false, List.of(), null,
                null, "en", body, "");
    }

    private static List<Event> events(Pipeline p, String body) { return p.annotate(article(body)).events(); }

    @Test
    void aSentenceTheModelIsSureOfAndTheRulesLeftGivesAProposedEventOfItsSubjectToItsObject() {
        String body = "The Cuban foreign minister feted the Vietnamese government in Havana on Monday.";
        assertThat(events(GoldEvents.PIPELINE, body)).noneMatch(e -> e.type() == EventType.SUPPORT);
        List<Event> proposed = events(PROPOSING, body).stream().filter(e -> EventProposer.MODE.equals(e.mode())).toList();
        assertThat(proposed).hasSize(1);
        Event e = proposed.get(0);
        assertThat(e.type()).isEqualTo(EventType.SUPPORT);
        assertThat(e.cameo()).isEqualTo("051");
        assertThat(e.trigger()).isEqualTo("feted");
        assertThat(e.actors()).extracting(Participant::country).containsExactly("CUB");
        assertThat(e.recipients()).extracting(Participant::country).containsExactly("VNM");
        assertThat(e.date()).isEqualTo("2023-05-08");
    }

    @Test
    void aSentenceWhoseRulesCodedTheTypeAlreadyGetsNoProposal() {
        String body = "The Cuban foreign minister praised the Vietnamese government in Havana on Monday.";
        List<Event> rules = events(GoldEvents.PIPELINE, body);
        assertThat(rules).anyMatch(e -> e.type() == EventType.SUPPORT);
        assertThat(events(PROPOSING, body)).hasSameSizeAs(rules).noneMatch(e -> EventProposer.MODE.equals(e.mode()));
    }

    @Test
    void aSentenceTheModelIsUnsureOfGetsNoProposal() {
        String body = "The Cuban foreign minister visited a school in Havana on Monday.";
        assertThat(events(PROPOSING, body)).noneMatch(e -> EventProposer.MODE.equals(e.mode()));
    }

    @Test
    void aProposedEventCarriesItsOriginAmongTheFiltersFeatures() {
        Event e = Event.builder().id("E1").type(EventType.SUPPORT).mode(EventProposer.MODE).trigger("feted").span(0, 10).build();
        assertThat(EventFeatures.ofEvent(e, article("x"))).contains("origin=proposer");
    }

    @Test
    void aWeightsFileGivesEachTypeItsModelThresholdAndCameoCode() {
        ProposerWeights w = ProposerWeights.parse(List.of("# header", "ACCUSE\tcameo\t111", "ACCUSE\tbias\t-1.5",
                "ACCUSE\tthreshold\t0.4", "ACCUSE\tlemma=denounce\t2.0"), "test");
        assertThat(w.cameo()).containsEntry(EventType.ACCUSE, "111");
        assertThat(w.models().get(EventType.ACCUSE).threshold()).isEqualTo(0.4);
        assertThat(EventProposer.of(w).probability(EventType.ACCUSE, List.of("lemma=denounce"))).isBetween(0.62, 0.63);
        assertThat(EventProposer.of(w).probability(EventType.SUPPORT, List.of("lemma=denounce"))).isZero();
        assertThat(ProposerWeights.parse(List.of("# only a header"), "test").isEmpty()).isTrue();
    }
}
