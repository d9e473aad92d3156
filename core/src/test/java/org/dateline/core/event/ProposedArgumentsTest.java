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

/**
 * (s58) Whose act the learned proposer's event is, by the construction that tells it: a judgement a speaker reports,
 * a passive with a "by" agent, a paper's commentary in its own voice, a document's words told again.
 */
class ProposedArgumentsTest {
    /** A toy model sure of one type in a sentence holding one of these lemmas (.95), unsure elsewhere (.05). */
    private static Pipeline sure(EventType type, String cameo, String... lemmas) {
        Map<String, Double> w = new java.util.HashMap<>();
        for (String l : lemmas) w.put("lemma=" + l, 6.0);
        return new Pipeline(ActorDictionary.empty(), EventFilter.none(), EventProposer.of(
                new ProposerWeights(Map.of(type, new FilterWeights(-3, 0.5, w)), Map.of(type, cameo))));
    }

    private static List<Event> proposed(Pipeline p, String headline, String body) {
        Article a = new Article("t", "test", null, headline, null, "KCNA", null, null, "2023-05-10", false, List.of(), null,
                null, "en", body, "");
        return p.annotate(a).events().stream().filter(e -> Event.PROPOSER.equals(e.origin())).toList();
    }

    private static final Pipeline PRAISE = sure(EventType.SUPPORT, "051", "splendid", "fete");
    private static final Pipeline BLAME = sure(EventType.ACCUSE, "111", "keen", "reckless");

    @Test
    void aJudgementOfSomeoneTheSpeakerReportsIsTheSpeakersPraiseOfThatPerson() {
        List<Event> got = proposed(PRAISE, "News", "The Cuban minister said that the Mexican president is a splendid man.");
        assertThat(got).hasSize(1);
        assertThat(got.get(0).actors()).extracting(Participant::country).containsExactly("CUB");
        assertThat(got.get(0).recipients()).extracting(Participant::country).containsExactly("MEX");
    }

    @Test
    void aJudgementOfAThingToldBeforeItsSpeakerPraisesTheThingsOwnerNotTheThing() {
        List<Event> got = proposed(PRAISE, "News", "The Mexican people's feats are splendid, the Cuban minister noted.");
        assertThat(got).hasSize(1);
        assertThat(got.get(0).actors()).extracting(Participant::country).containsExactly("CUB");
        assertThat(got.get(0).recipients()).extracting(Participant::country).containsExactly("MEX");
    }

    @Test
    void aPassiveWithAByAgentIsTheAgentsActOnThePassiveSubject() {
        List<Event> got = proposed(PRAISE, "News", "The Cuban delegation was feted by the Mexican foreign minister on Monday.");
        assertThat(got).hasSize(1);
        assertThat(got.get(0).actors()).extracting(Participant::country).containsExactly("MEX");
        assertThat(got.get(0).recipients()).extracting(Participant::country).containsExactly("CUB");
    }

    @Test
    void aPassiveWithNoAgentNamesNoDoerAndIsProposedForNoOne() {
        assertThat(proposed(PRAISE, "News", "The Cuban delegation was feted on Monday.")).isEmpty();
    }

    @Test
    void blameInAPapersDeclaredCommentaryIsThePapersOfWhomTheSentenceIsAbout() {
        List<Event> got = proposed(BLAME, "Mexico Hit", "Rodong Sinmun Thursday says in a bylined commentary:\n\n"
                + "The Mexican government is keen on straining the situation.");
        assertThat(got).hasSize(1);
        assertThat(got.get(0).actors()).extracting(Participant::sector).containsExactly("MED");
        assertThat(got.get(0).actors()).extracting(Participant::country).containsExactly("PRK");
        assertThat(got.get(0).recipients()).extracting(Participant::country).containsExactly("MEX");
    }

    @Test
    void aCommentaryBlamesEachPartyOnceHoweverManySentencesBlameIt() {
        List<Event> got = proposed(BLAME, "Mexico Hit", "Rodong Sinmun Thursday says in a bylined commentary:\n\n"
                + "The Mexican government is keen on straining the situation.\n\n"
                + "The Mexican authorities remain keen on war games.");
        assertThat(got).hasSize(1);
    }

    @Test
    void theSameSentenceInANewsItemStaysItsSubjectsAct() {
        List<Event> got = proposed(BLAME, "News", "The Mexican government is keen on straining the situation.");
        assertThat(got).hasSize(1);
        assertThat(got.get(0).actors()).extracting(Participant::country).containsExactly("MEX");
    }

    @Test
    void theWordsOfAMessageAlreadyCodedAreNoProposalOfTheirOwn() {
        Pipeline wishes = sure(EventType.SUPPORT, "051", "wish", "express");
        String message = "The Cuban president sent a message of greetings to the Mexican president on Monday.\n\n";
        assertThat(proposed(wishes, "News", message + "The message expressed the hope that the relations would grow."))
                .isEmpty();
        assertThat(proposed(wishes, "News", message + "It wished him success in his work.")).isEmpty();
    }

    @Test
    void anotherSpeakerOfTheSameStateAfterACodedMessageSpeaksForHimself() {
        Pipeline wishes = sure(EventType.SUPPORT, "051", "wish");
        List<Event> got = proposed(wishes, "News", "The Cuban president sent a message of greetings to the Mexican "
                + "president on Monday.\n\nIn his speech the Cuban foreign minister wished the Mexican people success.");
        assertThat(got).hasSize(1);
        assertThat(got.get(0).actors()).extracting(Participant::name).containsExactly("Cuban foreign minister");
    }

    @Test
    void aMessageNamedAgainWithAnArticleIsTheCodedMessageWhicheverOfficialOfItsStateIsNamed() {
        Pipeline wishes = sure(EventType.SUPPORT, "051", "wish");
        assertThat(proposed(wishes, "News", "The Cuban president sent a message of greetings to the Mexican "
                + "president on Monday.\n\nThe Cuban minister in the message wished the Mexican people success.")).isEmpty();
    }

    @Test
    void praiseToldByASpeakerTheCoderCannotNameIsNoProposalOfItsSubject() {
        assertThat(proposed(PRAISE, "News", "The Mexican president is a splendid leader, it said."))
                .noneMatch(e -> e.actors().stream().anyMatch(p -> "MEX".equals(p.country())));
    }
}
