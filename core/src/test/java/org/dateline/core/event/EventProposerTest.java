package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    private static Article article(String body) { return article(body, null); }

    /** An invented article; with an agency it is wire copy, without one a web page. */
    private static Article article(String body, String agency) {
        return new Article("t", "test", null, null, null, agency, null, null, "2023-05-10", false, List.of(), null,
                null, "en", body, "");
    }

    private static List<Event> events(Pipeline p, String body) { return p.annotate(article(body)).events(); }

    @Test
    void aSentenceTheModelIsSureOfAndTheRulesLeftGivesAProposedEventOfItsSubjectToItsObject() {
        String body = "The Cuban foreign minister feted the Vietnamese government in Havana on Monday.";
        assertThat(events(GoldEvents.PIPELINE, body)).noneMatch(e -> e.type() == EventType.SUPPORT);
        List<Event> proposed = events(PROPOSING, body).stream().filter(e -> Event.PROPOSER.equals(e.origin())).toList();
        assertThat(proposed).hasSize(1);
        Event e = proposed.get(0);
        assertThat(e.type()).isEqualTo(EventType.SUPPORT);
        assertThat(e.cameo()).isEqualTo("051");
        assertThat(e.trigger()).isEqualTo("feted");
        assertThat(e.actors()).extracting(Participant::country).containsExactly("CUB");
        assertThat(e.recipients()).extracting(Participant::country).containsExactly("VNM");
        assertThat(e.date()).isEqualTo("2023-05-08");
        assertThat(e.mode()).isNull();
        assertThat(e.status()).isEqualTo(org.dateline.model.EventStatus.OCCURRED);
    }

    @Test
    void aProposedEventKeepsTheStatusTheCodersCuesGiveItAndItsOriginSaysItWasGuessed() {
        String body = "The Cuban foreign minister will fete the Vietnamese government in Havana next week.";
        List<Event> proposed = events(PROPOSING, body).stream().filter(e -> e.type() == EventType.SUPPORT).toList();
        assertThat(proposed).hasSize(1);
        assertThat(proposed.get(0).origin()).isEqualTo(Event.PROPOSER);
        assertThat(proposed.get(0).status()).isNotEqualTo(org.dateline.model.EventStatus.OCCURRED);
        assertThat(events(PROPOSING, body)).filteredOn(e -> e.type() != EventType.SUPPORT).allMatch(e -> Event.RULES.equals(e.origin()));
    }

    @Test
    void aTypeOffForWebPagesProposesOnAWireStoryAndNotOnAnInventedWebPage() {
        ProposerWeights wireOnly = ProposerWeights.parse(List.of("SUPPORT\tcameo\t051", "SUPPORT\tbias\t-3",
                "SUPPORT\tthreshold\t0.5", "SUPPORT\tthreshold.wire\t0.5", "SUPPORT\tthreshold.web\toff",
                "SUPPORT\tlemma=fete\t6.0"), "test");
        Pipeline p = new Pipeline(ActorDictionary.empty(), EventFilter.none(), EventProposer.of(wireOnly));
        String body = "The Cuban foreign minister feted the Vietnamese government in Havana on Monday.";
        assertThat(p.annotate(article(body, "Prensa Latina")).events()).anyMatch(e -> Event.PROPOSER.equals(e.origin()));
        assertThat(p.annotate(article(body, null)).events()).noneMatch(e -> Event.PROPOSER.equals(e.origin()));
    }

    @Test
    void aFamilysOwnThresholdOverridesTheModelsAndAFamilyWithoutOneTakesTheModels() {
        ProposerWeights w = ProposerWeights.parse(List.of("ACCUSE\tcameo\t111", "ACCUSE\tbias\t-1", "ACCUSE\tthreshold\t0.4",
                "ACCUSE\tthreshold.web\t0.8"), "test");
        assertThat(w.threshold(EventType.ACCUSE, PageFamily.WEB)).isEqualTo(0.8);
        assertThat(w.threshold(EventType.ACCUSE, PageFamily.WIRE)).isEqualTo(0.4);
        assertThat(w.threshold(EventType.SUPPORT, PageFamily.WIRE)).isGreaterThan(1);
    }

    /** Sure of ACCUSE in a sentence that seeks or plots (.95), unsure elsewhere. */
    private static final Pipeline CHARGING = new Pipeline(ActorDictionary.empty(), EventFilter.none(), EventProposer.of(
            new ProposerWeights(Map.of(EventType.ACCUSE, new FilterWeights(-3, 0.5, Map.of("lemma=seek", 6.0, "lemma=plot", 6.0))),
                    Map.of(EventType.ACCUSE, "111"))));

    @Test
    void aChargeToldAsAReportedClauseIsItsSpeakersAndMadeOfItsSubject() {
        String body = "According to the Malian foreign ministry, the French government has plotted a war against Chad.";
        List<Event> proposed = events(CHARGING, body).stream().filter(e -> Event.PROPOSER.equals(e.origin())).toList();
        assertThat(proposed).hasSize(1);
        assertThat(proposed.get(0).actors()).extracting(Participant::country).containsExactly("MLI");
        assertThat(proposed.get(0).recipients()).as(proposed.toString()).extracting(Participant::country).contains("FRA");
    }

    @Test
    void aChargeToldByASpeakerTheCoderCannotNameIsNoProposalOfItsSubject() {
        String body = "The French government has plotted a war against Chad for years, it said, adding that this bred the crisis.";
        assertThat(events(CHARGING, body)).noneMatch(e -> Event.PROPOSER.equals(e.origin())
                && e.actors().stream().anyMatch(p -> "FRA".equals(p.country())));
    }

    @Test
    void aChargeToldInTheTextsOwnVoiceKeepsItsSubjectAsActor() {
        String body = "The French government has plotted a war against Chad since Monday.";
        List<Event> proposed = events(CHARGING, body).stream().filter(e -> Event.PROPOSER.equals(e.origin())).toList();
        assertThat(proposed).hasSize(1);
        assertThat(proposed.get(0).actors()).extracting(Participant::country).containsExactly("FRA");
    }

    @Test
    void aWireStoryIsAnArticleThatNamesAnAgency() {
        assertThat(PageFamily.of(article("x", "KCNA"))).isEqualTo(PageFamily.WIRE);
        assertThat(PageFamily.of(article("x", null))).isEqualTo(PageFamily.WEB);
    }

    @Test
    void anErrorInAWeightsFileNamesItsLine() {
        assertThatThrownBy(() -> ProposerWeights.parse(List.of("# header", "ACCUSE\tcameo\t111", "ACCUSE\tbias\t-1.5",
                "ACCUSE\tlemma=denounce\tmany"), "w.tsv")).hasMessageContaining("w.tsv").hasMessageContaining("line 4");
        assertThatThrownBy(() -> ProposerWeights.parse(List.of("ACCUSE\tcameo\t111", "ACCUSE\tthreshold.web\t1.5"), "w.tsv"))
                .hasMessageContaining("w.tsv line 2");
        assertThatThrownBy(() -> ProposerWeights.parse(List.of("ACCUSE\tcameo\t111", "ACCUSE\tthreshold.print\t0.5"), "w.tsv"))
                .hasMessageContaining("w.tsv line 2");
    }

    @Test
    void aSentenceWhoseRulesCodedTheTypeAlreadyGetsNoProposal() {
        String body = "The Cuban foreign minister praised the Vietnamese government in Havana on Monday.";
        List<Event> rules = events(GoldEvents.PIPELINE, body);
        assertThat(rules).anyMatch(e -> e.type() == EventType.SUPPORT);
        assertThat(events(PROPOSING, body)).hasSameSizeAs(rules).noneMatch(e -> Event.PROPOSER.equals(e.origin()));
    }

    @Test
    void aSentenceTheModelIsUnsureOfGetsNoProposal() {
        String body = "The Cuban foreign minister visited a school in Havana on Monday.";
        assertThat(events(PROPOSING, body)).noneMatch(e -> Event.PROPOSER.equals(e.origin()));
    }

    @Test
    void aProposedEventCarriesItsOriginAmongTheFiltersFeatures() {
        Event e = Event.builder().id("E1").type(EventType.SUPPORT).origin(Event.PROPOSER).trigger("feted").span(0, 10).build();
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

    /** Sure of SUPPORT in a sentence whose root is "receive" (probability .95), unsure elsewhere (.05). */
    private static final Pipeline RECEIPTS = new Pipeline(ActorDictionary.empty(), EventFilter.none(), EventProposer.of(
            new ProposerWeights(Map.of(EventType.SUPPORT, new FilterWeights(-3, 0.5, Map.of("lemma=receive", 6.0))),
                    Map.of(EventType.SUPPORT, "051"))));

    private static List<Event> proposed(String body) {
        return events(RECEIPTS, body).stream().filter(e -> Event.PROPOSER.equals(e.origin())).toList();
    }

    @Test
    void aLetterReceivedFromSomeoneIsTheSendersActOnTheOneWhoReceivedIt() {
        List<Event> got = proposed("The Cuban foreign minister received a letter of thanks from the Vietnamese president on Monday.");
        assertThat(got).hasSize(1);
        assertThat(got.get(0).actors()).extracting(Participant::country).containsExactly("VNM");
        assertThat(got.get(0).recipients()).extracting(Participant::country).containsExactly("CUB");
    }

    @Test
    void theSenderMayBeNamedAfterTheDayAndAfterSeveralThingsReceived() {
        List<Event> got = proposed("The Cuban president received books and letters on Monday from the Mexican ambassador.");
        assertThat(got).hasSize(1);
        assertThat(got.get(0).actors()).extracting(Participant::country).containsExactly("MEX");
        assertThat(got.get(0).recipients()).extracting(Participant::country).contains("CUB");
    }

    @Test
    void aLetterReceivedWithNoSenderNamedStaysTheSubjectsAsBefore() {
        List<Event> got = proposed("The Cuban foreign minister received a letter of thanks on Monday.");
        assertThat(got).hasSize(1);
        assertThat(got.get(0).actors()).extracting(Participant::country).containsExactly("CUB");
    }

    @Test
    void aVerbOfSendingKeepsItsSubjectAsTheActor() {
        Pipeline sending = new Pipeline(ActorDictionary.empty(), EventFilter.none(), EventProposer.of(
                new ProposerWeights(Map.of(EventType.SUPPORT, new FilterWeights(-3, 0.5, Map.of("lemma=forward", 6.0))),
                        Map.of(EventType.SUPPORT, "051"))));
        List<Event> got = events(sending, "The Cuban foreign minister forwarded a letter of thanks from the Vietnamese president on Monday.")
                .stream().filter(e -> Event.PROPOSER.equals(e.origin())).toList();
        assertThat(got).hasSize(1);
        assertThat(got.get(0).actors()).extracting(Participant::country).containsExactly("CUB");
    }
}
