package org.dateline.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.quote.QuoteFixture.quotesOf;
import static org.dateline.core.quote.QuoteFixture.saying;

import java.util.List;

import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/** A speech verb after a quotation speaks it only when it has no content of its own. */
class SpeechVerbOwnContentTest {

    @Test
    void aSloganFollowedBySomeoneWhoSaidSomethingElseIsNotHisQuote() {
        List<Quote> qs = quotesOf("The farmers carried banners reading \"Bread for All\" on Tuesday, and "
                + "Marko Teller said the slogan would guide his party in the coming election.");
        assertThat(qs).filteredOn(q -> q.text().contains("Bread for All"))
                .allSatisfy(q -> assertThat(q.speaker()).isNull());
    }

    @Test
    void aTermFollowedByHeSaidAndAClauseIsNobodysWords() {
        List<Quote> qs = quotesOf("Marko Teller opened the congress of farmers on Monday.\n\n"
                + "\"Land Reform Act\" he said was the greatest law the country had passed in a century.");
        assertThat(qs).filteredOn(q -> q.text().contains("Land Reform Act"))
                .allSatisfy(q -> assertThat(q.speaker()).isNull());
    }

    @Test
    void aVerbWithAColonOfItsOwnDoesNotSpeakTheQuotationBeforeIt() {
        List<Quote> qs = quotesOf("The new law is called the \"national harvest plan\" and the Velmar "
                + "Farmers' Union said: the plan will ruin the small farms of the north.");
        assertThat(qs).filteredOn(q -> q.text().contains("national harvest plan"))
                .allSatisfy(q -> assertThat(q.speaker()).isNull());
    }

    @Test
    void aQuotationEndedBySpeakerAndVerbIsTheSpeakers() {
        List<Quote> qs = quotesOf("\"We will export grain again this year,\" Marko Teller said on Monday.");
        assertThat(qs).anySatisfy(saying("export grain", "Marko Teller"));
    }

    @Test
    void aQuotationBeforeSaidAndTheSpeakerWithHisTitleIsTheSpeakers() {
        List<Quote> qs = quotesOf("\"The harvest is the best in a decade,\" said Marko Teller, the "
                + "farm minister of Velmar, adding that prices would fall.");
        assertThat(qs).anySatisfy(saying("best in a decade", "Marko Teller"));
    }

    @Test
    void aQuotationBeforeTheSpeakerAndADayIsTheSpeakers() {
        List<Quote> qs = quotesOf("\"The dam will be finished by spring,\" the Velmar Farmers' Union "
                + "said Friday.");
        assertThat(qs).anySatisfy(q -> {
            assertThat(q.text()).contains("dam will be finished");
            assertThat(q.speaker()).isNotNull();
        });
    }
}
