package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.core.language.Sentence;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The features the learned event proposer weighs for a sentence, on sentences written for this test: the lexical class
 * of its trigger words, its status and speech cues, and its page's family.
 */
class SentenceFeaturesTest {

    /** The features of the first sentence of an invented story, read as a page of that family. */
    private static List<String> featuresOf(String body, PageFamily family) {
        Article a = new Article("t", "test", null, null, null, null, null, null, "2023-05-10", false, List.of(), null,
                null, "en", body, "");
        Sentence s = GoldEvents.PIPELINE.analyze(a).sentences().get(0);
        return SentenceFeatures.of(s, family);
    }

    @Test
    void aWordTheTriggerLexiconKnowsGivesItsCameoRootAsTheSentencesLexicalClass() {
        assertThat(featuresOf("The Spanish minister denounced the Portuguese government on Monday.", PageFamily.WIRE))
                .contains("lex=11", "first-verb-lex=11", "family=wire");
        assertThat(featuresOf("The Spanish minister met the Portuguese ambassador on Monday.", PageFamily.WEB))
                .contains("first-verb-lex=04", "family=web").doesNotContain("lex=11");
    }

    @Test
    void aSentenceWithNoTriggerWordHasNoLexicalClass() {
        assertThat(featuresOf("The weather in the capital was mild and sunny all week.", PageFamily.WEB))
                .noneMatch(f -> f.startsWith("lex=") || f.startsWith("first-verb-lex=") && !f.equals("first-verb-lex=none"));
    }

    @Test
    void aPlanANegationAndAReportedClauseAreCuedAsSuch() {
        assertThat(featuresOf("The minister said the government will not sign the treaty.", PageFamily.WIRE))
                .contains("cue=planned", "cue=modal", "cue=negation", "speech=reporting-verb");
        assertThat(featuresOf("The Spanish minister denounced the Portuguese government on Monday.", PageFamily.WIRE))
                .noneMatch(f -> f.startsWith("cue=") || f.startsWith("speech="));
    }

    @Test
    void aSpeakersOwnVoiceIsMarkedFirstPerson() {
        assertThat(featuresOf("We condemn the attack on the embassy, the minister told reporters.", PageFamily.WIRE))
                .contains("speech=first-person", "speech=reporting-verb");
    }
}
