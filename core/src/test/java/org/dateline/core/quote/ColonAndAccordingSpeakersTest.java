package org.dateline.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.quote.QuoteFixture.quotesOf;
import static org.dateline.core.quote.QuoteFixture.saying;

import java.util.List;

import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Speakers named the way wire copy sets them apart from their words: a paragraph that ends "X said:" before the
 * quotation ({@link ColonIntroductions}), an "according to" phrase that opens with the information or closes with a
 * date ({@link AccordingSources}), and a title whose body ends right before the verb ({@link BodyInApposition}).
 */
class ColonAndAccordingSpeakersTest {

    @Test
    void aQuotationOpeningTheParagraphAfterSaidColonIsTheSpeakers() {
        List<Quote> qs = quotesOf("The children flew home on Monday.\n\nLena Varga, a pupil from Tarvo, said:\n\n"
                + "\"I will tell my parents about everything I saw in the capital.\"");
        assertThat(qs).anySatisfy(saying("tell my parents", "Lena Varga"));
    }

    @Test
    void aQuotationOpeningAParagraphWithNoColonBeforeIsNotGivenToTheParagraphBefore() {
        List<Quote> qs = quotesOf("Lena Varga, a pupil from Tarvo, flew home on Monday.\n\n"
                + "\"I will tell my parents about everything I saw in the capital,\" her teacher wrote later.");
        assertThat(qs).filteredOn(q -> q.text().contains("tell my parents")).noneSatisfy(q -> assertThat(q.speaker()).isEqualTo("Lena Varga"));
    }

    @Test
    void dataAvailableAtAServiceAreTheServices() {
        List<Quote> qs = quotesOf("Heavy rain fell on Friday. According to data available at the Weather Service of "
                + "Tarvo, 30 to 125 mm of rain were registered in most areas of the province.");
        assertThat(qs).anySatisfy(q -> assertThat(q.speaker()).isEqualTo("the Weather Service of Tarvo"));
    }

    @Test
    void theDateAfterTheSourceIsNoPartOfItsName() {
        assertThat(AccordingSources.of("the defence office on March 26")).isEqualTo("the defence office");
        assertThat(AccordingSources.of("officials")).isEqualTo("officials");
    }

    @Test
    void theBodyEndingASpeakersTitleIsNotTheSpeaker() {
        List<Quote> qs = quotesOf("A seminar was held in Kathmandu. Manu Rana Thapa, chairman of the Tarvo Society for "
                + "the Study of Farming and Forestry Policy, noted that the leader had devoted his life to the people.");
        assertThat(qs).anySatisfy(saying("devoted his life", "Manu Rana Thapa"));
    }

    @Test
    void theBodyAfterOfInATitleBeforeToldIsNotTheSpeaker() {
        List<Quote> qs = quotesOf("The launch was discussed on Monday.\n\nLena Varga, a department head of the Tarvo "
                + "University of Technology, told reporters:\n\n\"The launch of satellites is a worldwide trend nowadays.\"");
        assertThat(qs).anySatisfy(saying("worldwide trend", "Lena Varga"));
    }

    @Test
    void aBodyNamedAfterOfThatSpeaksAloneGivesNoTitledSpeaker() {
        List<Quote> qs = quotesOf("The spokesman of the Tarvo Ministry of Trade said that exports would rise in May.");
        assertThat(qs).filteredOn(q -> q.text().contains("exports")).noneSatisfy(q -> assertThat(q.speaker()).isEqualTo("Lena Varga"));
    }
}
