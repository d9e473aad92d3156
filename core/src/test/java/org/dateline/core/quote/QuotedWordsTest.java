package org.dateline.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.quote.QuoteFixture.quotesOf;
import static org.dateline.core.quote.QuoteFixture.saying;

import java.util.List;

import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/** Quotation marks around a title or a term hold no one's words; an owner named before a speaker is not the speaker. */
class QuotedWordsTest {
    @Test
    void aTermInQuotationMarksIsNotTheWordsOfTheManWhoSpokeBefore() {
        List<Quote> qs = quotesOf("\"Our harvest will feed the whole region this winter,\" said Anders Lindqvist. "
                + "The crisis of the \"empire\" will only deepen, he noted.");
        assertThat(qs).noneMatch(q -> q.text().equals("empire"));
        assertThat(qs).anySatisfy(saying("whole region", "Anders Lindqvist"));
    }

    @Test
    void aShortQuotationFollowedByItsSpeakerIsStillSpeech() {
        List<Quote> qs = quotesOf("\"Never again,\" said Anders Lindqvist on Monday.");
        assertThat(qs).anySatisfy(q -> {
            assertThat(q.text()).isEqualTo("Never again");
            assertThat(q.speaker()).isEqualTo("Anders Lindqvist");
        });
    }

    @Test
    void aTitleAfterTitledIsNoOnesWords() {
        List<Quote> qs = quotesOf("Lena Ostrova said the mills would reopen in May. The weekly ran an article titled "
                + "\"The Mills of Velmar Will Never Stop Turning Again\" on its front page.");
        assertThat(qs).noneMatch(q -> q.text().contains("Never Stop"));
    }

    @Test
    void aStateThatOwnsTheSourceIsNotTheSource() {
        List<Quote> qs = quotesOf("According to Norway's Tarvo News Agency, the dam was finished in June. "
                + "Norway's army chief said that the border would stay closed.");
        assertThat(qs).noneMatch(q -> "Norway".equals(q.speaker()));
        assertThat(qs).anySatisfy(saying("border would stay closed", "Norway's army chief"));
    }

    @Test
    void theAgencyAManToldIsNotWhoSpoke() {
        List<Quote> qs = quotesOf("Crowds filled the square on Sunday. Anna Berg, a teacher in Tromso, told Reuters that "
                + "the town had never seen such a winter. The harvest will be late this year, Ole Dahl, a farmer, told Reuters.");
        assertThat(qs).noneMatch(q -> "Reuters".equals(q.speaker()));
    }
}
