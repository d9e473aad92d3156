package org.dateline.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.core.language.Analysis;
import org.dateline.core.language.LanguageAnalyzer;
import org.dateline.model.Article;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/** A quotation belongs to whoever said it, never to the person it speaks of. */
class QuoteSpeakerTest {
    private static List<Quote> quotes(String body) {
        Article a = new Article("t", "test", null, "Headline", null, null, null, null, null, false, List.of(), null,
                null, "en", body, "h");
        Analysis analysis = LanguageAnalyzer.standard().analyze(a);
        return QuoteFinder.find(body, analysis.sentences());
    }

    @Test
    void wordsThatNameTheirSpeakerInFullAreAboutThemNotByThem() {
        Quote q = new Quote("Tomas Arven gave his whole life to the country", "Tomas Arven", 0, 10, Quote.REPORTED);
        assertThat(QuoteFinder.notAboutItsSpeaker(q).speaker()).isNull();
        Quote own = new Quote("the country will prosper", "Tomas Arven", 0, 10, Quote.REPORTED);
        assertThat(QuoteFinder.notAboutItsSpeaker(own).speaker()).isEqualTo("Tomas Arven");
    }

    @Test
    void aNameAfterAPrepositionIsNotTheSpeakerOfTheClause() {
        List<Quote> qs = quotes("Mourning the death of Tomas Arven, the writers' union of Velmar stated that his "
                + "novels would be read for generations. Lena Ostrova said that the talks would resume in May.");
        assertThat(qs).noneMatch(q -> "Tomas Arven".equals(q.speaker()));
        assertThat(qs).anySatisfy(q -> {
            assertThat(q.speaker()).isEqualTo("Lena Ostrova");
            assertThat(q.text()).contains("talks would resume");
        });
    }
}
