package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A named holder of a state's office the text gives no state is of the state the story is set in (its dateline, else
 * its headline's place, else, for lawmakers and judges only, its clear majority of states); a story set in no one
 * state leaves him unplaced, and a state his own words give outranks the story's.
 */
class DomesticOfficesTest {
    private static List<Event> code(String dateline, String body) {
        Article a = new Article("t", "test", null, null, null, null, dateline, null, "2023-06-04", false, List.of(), null,
                null, "en", body, "");
        return GoldEvents.PIPELINE.annotate(a).events();
    }

    private static String mainActorCountry(List<Event> es, String name) {
        return es.stream().flatMap(e -> e.actors().stream().limit(1)).filter(p -> p.name().contains(name))
                .map(p -> String.valueOf(p.country())).findFirst().orElse("no such actor");
    }

    @Test void aSenatorNamedInAStoryFiledFromAStatesCapitalIsOfThatState() {
        List<Event> es = code("Washington", "Sen. Tom Carper criticized the new emission rule on Tuesday.");
        assertThat(mainActorCountry(es, "Carper")).as(GoldEvents.describe(es)).isEqualTo("USA");
    }

    @Test void aSenatorInAStoryMostlyAboutOneStateIsOfThatState() {
        List<Event> es = code(null, "Sen. Tom Carper criticized the new emission rule on Tuesday. The rule splits the U.S. Senate. "
                + "U.S. officials said the United States would keep the rule.");
        assertThat(mainActorCountry(es, "Carper")).as(GoldEvents.describe(es)).isEqualTo("USA");
    }

    @Test void aSenatorInAStorySetInNoOneStateStaysUnplaced() {
        List<Event> es = code(null, "Sen. Tom Carper criticized the new emission rule on Tuesday.");
        assertThat(mainActorCountry(es, "Carper")).as(GoldEvents.describe(es)).isEqualTo("null");
    }

    @Test void aMinisterWhoseOwnWordsGiveHisStateKeepsIt() {
        List<Event> es = code("Washington", "Japanese Foreign Minister Taro Kono criticized the new tariff rule on Tuesday.");
        assertThat(mainActorCountry(es, "Kono")).as(GoldEvents.describe(es)).isEqualTo("JPN");
    }
}
