package org.dateline.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.core.event.ActorDictionary;
import org.dateline.core.event.EventFilter;
import org.dateline.core.event.EventProposer;
import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** Which coder reads which language: English documents never build the Spanish coder nor load its models. */
class PipelineLanguagesTest {
    private static Article article(String language, String body) {
        return new Article("t", "test", null, "Headline", null, null, null, null, "2011-03-10", false, List.of(), null,
                null, language, body, "h");
    }

    @Test
    void anEnglishDocumentIsCodedWithoutTheSpanishCoder() {
        Pipeline pipeline = new Pipeline(ActorDictionary.empty(), EventFilter.none(), EventProposer.none());
        Annotated a = pipeline.annotate(article("en", "The Cuban president met the Vietnamese prime minister in Hanoi on Monday."));
        assertThat(a.events()).anyMatch(e -> e.type() == EventType.CONSULT);
        assertThat(pipeline.hasCodedSpanish()).isFalse();
    }

    @Test
    void aSpanishDocumentIsCodedBySpanishCoderEvenWithTheEnglishFilterOn() {
        Pipeline pipeline = new Pipeline();
        Annotated a = pipeline.annotate(article("es", "El presidente cubano se reunió con el primer ministro vietnamita."));
        assertThat(a.events()).anyMatch(e -> e.type() == EventType.CONSULT);
        assertThat(pipeline.hasCodedSpanish()).isTrue();
    }

    @Test
    void aDocumentInAThirdLanguageIsCodedAsNothing() {
        Pipeline pipeline = new Pipeline(ActorDictionary.empty(), EventFilter.none(), EventProposer.none());
        assertThat(pipeline.annotate(article("fr", "Le président cubain a rencontré le premier ministre.")).events()).isEmpty();
        assertThat(pipeline.hasCodedSpanish()).isFalse();
    }
}
