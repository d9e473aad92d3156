package org.dateline.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.quote.QuoteFixture.quotesOf;
import static org.dateline.core.quote.QuoteFixture.saying;

import java.util.List;

import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/** A state closing a visitor's apposition is where he comes from: his words are his, not the state's. */
class StateInAppositionTest {

    @Test
    void theStateEndingAnAppositionBeforeSaidIsNotTheSpeaker() {
        List<Quote> qs = quotesOf("Tourists from abroad visited the lake on Monday. Marko Teller, "
                + "director of a trading company in Tarvo, Chile, said that the lake was the most beautiful he had seen.");
        assertThat(qs).filteredOn(q -> q.text().contains("most beautiful")).isNotEmpty()
                .allSatisfy(q -> assertThat(q.speaker()).isNotEqualTo("Chile"));
    }

    @Test
    void aStateThatSpeaksForItselfIsStillTheSpeaker() {
        List<Quote> qs = quotesOf("Chile said that the talks on the border would resume in May.");
        assertThat(qs).anySatisfy(saying("talks on the border", "Chile"));
    }
}
