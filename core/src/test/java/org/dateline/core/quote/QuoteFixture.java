package org.dateline.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;

import org.dateline.core.language.Analysis;
import org.dateline.core.language.LanguageAnalyzer;
import org.dateline.model.Article;
import org.dateline.model.Quote;

/**
 * The quotations {@link QuoteFinder} finds in a story written for a test, and what a test says of one:
 * {@code assertThat(quotesOf(story)).anySatisfy(saying("export grain", "Marko Teller"))}.
 */
final class QuoteFixture {
    private QuoteFixture() {}

    /** The quotations of a story with a headline and no date, read by the standard language layer. */
    static List<Quote> quotesOf(String body) {
        Article a = new Article("t", "test", null, "Headline", null, null, null, null, null, false, List.of(), null,
                null, "en", body, "h");
        Analysis analysis = LanguageAnalyzer.standard().analyze(a);
        return QuoteFinder.find(body, analysis.sentences());
    }

    /** A quotation that holds these words and is given to this speaker. */
    static Consumer<Quote> saying(String words, String speaker) {
        return q -> {
            assertThat(q.text()).contains(words);
            assertThat(q.speaker()).isEqualTo(speaker);
        };
    }
}
