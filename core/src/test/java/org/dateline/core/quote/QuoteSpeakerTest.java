package org.dateline.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.quote.QuoteFixture.quotesOf;
import static org.dateline.core.quote.QuoteFixture.saying;

import java.util.List;

import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/** A quotation belongs to whoever said it, never to the person it speaks of. */
class QuoteSpeakerTest {
    @Test
    void wordsThatNameTheirSpeakerInFullAreAboutThemNotByThem() {
        Quote q = new Quote("Tomas Arven gave his whole life to the country", "Tomas Arven", 0, 10, Quote.REPORTED);
        assertThat(QuoteFinder.notAboutItsSpeaker(q).speaker()).isNull();
        Quote own = new Quote("the country will prosper", "Tomas Arven", 0, 10, Quote.REPORTED);
        assertThat(QuoteFinder.notAboutItsSpeaker(own).speaker()).isEqualTo("Tomas Arven");
    }

    @Test
    void aNameAfterAPrepositionIsNotTheSpeakerOfTheClause() {
        List<Quote> qs = quotesOf("Mourning the death of Tomas Arven, the writers' union of Velmar stated that his "
                + "novels would be read for generations. Lena Ostrova said that the talks would resume in May.");
        assertThat(qs).noneMatch(q -> "Tomas Arven".equals(q.speaker()));
        assertThat(qs).anySatisfy(saying("talks would resume", "Lena Ostrova"));
    }

    @Test
    void heWhoAddsIsTheManWhoSpokeLastNotTheLeaderTheStoryIsAbout() {
        List<Quote> qs = quotesOf("Marko Teller, the president of Velmar, gave an interview to a newspaper on Monday.\n\n"
                + "Teller said the two countries would expand their trade.\n\n"
                + "The new treaty marks a turning point in the history of the region, said Anders Lindqvist, chairman "
                + "of the Velmar Farmers' Union. We extend our full support to the people of Velmar, he added.");
        assertThat(qs).anySatisfy(saying("full support", "Anders Lindqvist"));
    }

    @Test
    void heWhoAddsIsStillTheSameManWhenHeSpokeLast() {
        List<Quote> qs = quotesOf("Marko Teller, the president of Velmar, met farmers on Monday. Teller said the harvest "
                + "was the best in a decade. The country will export grain again, he added.");
        assertThat(qs).anySatisfy(saying("export grain", "Marko Teller"));
    }

    @Test
    void aSpeakerNamedBeforeHisTitleIsTheManWhoAddsLater() {
        List<Quote> qs = quotesOf("Marko Teller, the president of Velmar, toured the north on Monday.\n\n"
                + "Anders Lindqvist, chairman of the Velmar Farmers' Union, said that President Marko Teller had done much "
                + "for the farmers. "
                + "The country will export grain again, he added.");
        assertThat(qs).filteredOn(q -> q.text().contains("export grain")).isNotEmpty()
                .allSatisfy(q -> assertThat(q.speaker()).isEqualTo("Anders Lindqvist"));
    }

    @Test
    void aVoiceThatGoesOnAsHeSaidStaysTheManWhoBeganIt() {
        List<Quote> qs = quotesOf("Anders Lindqvist, chairman of the Velmar Farmers' Union, spoke at a rally on Monday.\n\n"
                + "Lindqvist said the harvest was the best in a decade. Marko Teller worked hard for the farmers all his "
                + "life, he said. The new dam was built in his time, he noted. The mills were all rebuilt, he said. "
                + "The country will export grain again, he added.");
        assertThat(qs).filteredOn(q -> q.text().contains("export grain")).isNotEmpty()
                .allSatisfy(q -> assertThat(q.speaker()).isEqualTo("Anders Lindqvist"));
    }

    @Test
    void aVoiceNeverNamedBesideASpeechVerbStaysWhomItsFirstHeSaidStoodFor() {
        List<Quote> qs = quotesOf("Anders Lindqvist, chairman of the Velmar Farmers' Union, visited the new dam on Monday.\n\n"
                + "The farmers of the valley will never forget this day, he said. Marko Teller worked hard for the farmers "
                + "all his life, he said. The country will export grain again, he added.");
        assertThat(qs).filteredOn(q -> q.text().contains("export grain")).isNotEmpty()
                .allSatisfy(q -> assertThat(q.speaker()).isNotEqualTo("Marko Teller"));
    }

    @Test
    void whenTheLastVoiceIsATitleTheSpeakerIsLeftToCoreference() {
        List<Quote> qs = quotesOf("Marko Teller praised the farmers of Velmar on Monday. In his message, the president said "
                + "the harvest was the best in a decade. The country will export grain again, he added.");
        assertThat(qs).filteredOn(q -> q.text().contains("export grain")).isNotEmpty().allSatisfy(q ->
                assertThat(q.speaker()).isNotEqualTo("president"));
    }

    @Test
    void aSurnameThatJustSpokeIsTheFullNameCoreferenceGivesTheSameMan() {
        List<Quote> qs = quotesOf("Foreign Minister Omar al-Hadid of Velmar gave an interview on Monday. Hadid said the "
                + "talks had stalled. \"We will wait for their answer,\" he said.");
        assertThat(qs).filteredOn(q -> q.text().contains("wait for their answer")).isNotEmpty()
                .allSatisfy(q -> assertThat(q.speaker()).isIn("Omar al-Hadid", "Hadid"));
    }
}
