package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.dateline.model.Article;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
    private static final String STORY = "The finance ministers of the two neighbours met in Busan on Monday to discuss "
            + "a currency swap line that lapsed last year. Officials said the talks lasted three hours and ended with "
            + "an agreement to set up a working group on trade in semiconductors and rare earths. The ministers also "
            + "agreed to meet again in Osaka before the end of the year, the ministry said in a statement.";

    @Test
    void aRefileWithAnAddedParagraphIsARevisionOfTheStory() {
        NearDuplicates d = new NearDuplicates();
        assertThat(d.add(Fixtures.article("a", "2023-05-08", "Ministers discuss swap line", STORY))).isEmpty();
        Optional<String> r = d.add(Fixtures.article("b", "2023-05-08", "Ministers discuss swap line",
                STORY + "\n\nThe opposition criticised the deal as too little, too late for exporters.", "(LEAD)"));
        assertThat(r).contains("a");
        // A third version chains to the same first story.
        assertThat(d.add(Fixtures.article("c", "2023-05-08", "Ministers agree on chip working group",
                STORY.replace("three hours", "nearly four hours") + "\n\nMarkets rose.", "(2nd LD)"))).contains("a");
        assertThat(d.revisionOf()).containsEntry("b", "a").containsEntry("c", "a").doesNotContainKey("a");
    }

    @Test
    void aDifferentStoryOnTheSameSubjectIsNot() {
        NearDuplicates d = new NearDuplicates();
        d.add(Fixtures.article("a", "2023-05-08", "Ministers discuss swap line", STORY));
        Article other = Fixtures.article("b", "2023-05-09", "Chip exporters wary of new working group",
                "Exporters of semiconductors said on Tuesday they doubted that a new working group set up by the two "
                        + "finance ministers in Busan would ease shortages of rare earths. Several firms asked the "
                        + "ministry to publish the terms of the currency swap line under discussion before the end "
                        + "of the year, a trade association official said.");
        assertThat(d.add(other)).isEmpty();
    }

    @Test
    void theSameTextYearsApartIsNotARevision() {
        NearDuplicates d = new NearDuplicates();
        d.add(Fixtures.article("a", "2019-05-08", "Ministers discuss swap line", STORY));
        assertThat(d.add(Fixtures.article("b", "2023-05-08", "Ministers discuss swap line", STORY + " Again."))).isEmpty();
    }

    @Test
    void aTooShortBodyIsNeverJudged() {
        NearDuplicates d = new NearDuplicates();
        d.add(Fixtures.article("a", "2023-05-08", "Brief", "Talks ended. More soon."));
        assertThat(d.add(Fixtures.article("b", "2023-05-08", "Brief", "Talks ended. More soon."))).isEmpty();
    }
}
