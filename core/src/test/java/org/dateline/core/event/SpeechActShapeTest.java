package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.core.language.Sentence;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;

/** The speech-act shape features of the proposer, on invented sentences. */
class SpeechActShapeTest {
    private static Sentence first(String body) {
        Article a = new Article("t", "test", null, null, null, "Agency", null, null, "2023-05-10", false, List.of(), null,
                null, "en", body, "");
        return GoldEvents.PIPELINE.analyze(a).sentences().get(0);
    }

    @Test
    void aDemandToldBeforeItsSpeakerIsAReportedObligationOfAPronoun() {
        List<String> f = SpeechActShape.of(first("The Ruritanian government should drop its blockade at once, it stressed."));
        assertThat(f).contains("shape=reported-after", "speaker=pronoun", "class=obligation", "said+obligation");
    }

    @Test
    void praiseOfFeatsSaidByADocumentIsApprovingAndOfAnAchievement() {
        List<String> f = SpeechActShape.of(first("The statement said that the Freedonian people performed splendid feats."));
        assertThat(f).contains("speaker=document", "shape=said-that", "class=approving", "class=achievement",
                "said+approving", "said+achievement");
    }

    @Test
    void aClauseOfSayingWithNoThatIsStillASaidClause() {
        assertThat(SpeechActShape.of(first("The chairman noted the Freedonian leader has defended the nation's sovereignty.")))
                .contains("shape=said-that");
    }

    @Test
    void blameWordsAreOneClassAndOnlyASentenceOfSayingJoinsThemToSaying() {
        List<String> told = SpeechActShape.of(first("The maneuvers of the Ruritanian warmongers are a sheer farce, the paper said."));
        assertThat(told).contains("class=disapproving", "said+disapproving", "shape=reported-after");
        List<String> plain = SpeechActShape.of(first("The maneuvers of the Ruritanian warmongers are a sheer farce."));
        assertThat(plain).contains("class=disapproving").doesNotContain("said+disapproving", "shape=reported-after");
    }

    @Test
    void aSentenceWithNoSayingNoJudgingAndNoModalHasNoShape() {
        assertThat(SpeechActShape.of(first("The delegation arrived in the capital by train on Monday."))).isEmpty();
    }

    @Test
    void theSentenceFeaturesCarryTheShape() {
        assertThat(SentenceFeatures.of(first("The Ruritanian government should drop its blockade at once, it stressed.")))
                .contains("class=obligation", "shape=reported-after");
    }
}
