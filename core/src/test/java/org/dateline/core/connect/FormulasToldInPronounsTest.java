package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * "He highly appreciated their successful performance and extended thanks to them": a sentence that names its parties
 * only by pronouns pointing back to its article's lead is the formula the agency writes after every performance the
 * leader watches. The same words in two articles are two evenings ({@link StoryFit#namesSomething}); a sentence that
 * names its troupe, filed twice, is one (invented reports).
 */
class FormulasToldInPronounsTest {
    private static final Participant LEADER = p("Ola Brand", "NOR");

    private static Annotated thanks(String id, String published, String lead, String sentence) {
        Article a = article(id, published, "Performance", lead + " " + sentence);
        return annotated(a, List.of(person("Ola Brand", "NOR", null)), event(a, "e1", EventType.SUPPORT,
                List.of(LEADER), List.of(), null, null, EventStatus.OCCURRED, sentence));
    }

    private static final String FORMULA = "He highly appreciated their successful performance and extended thanks to them.";

    @Test
    void theSameThanksInPronounsAfterTwoPerformancesAreTwoThanks() {
        Connected c = Connector.connect(List.of(
                thanks("a", "2024-01-30", "Ola Brand watched a performance given by the art troupe of the Velm textile mill.", FORMULA),
                thanks("b", "2024-01-31", "Ola Brand watched a performance given by the art squad of the coastal guard.", FORMULA)));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void thanksThatNameTheTroupeFiledTwiceAreOneThanks() {
        String named = "Ola Brand highly appreciated the successful performance of the Velm Textile Choir and extended "
                + "thanks to its members.";
        Connected c = Connector.connect(List.of(
                thanks("a", "2024-01-30", "A performance was given in the capital.", named),
                thanks("b", "2024-01-31", "The leader enjoyed an evening of songs.", named)));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void aSentenceNamesSomethingByACapitalAfterItsFirstWordOrByANumber() {
        assertThat(StoryFit.namesSomething(FORMULA)).isFalse();
        assertThat(StoryFit.namesSomething("He thanked them. , They sang again.")).isFalse();
        assertThat(StoryFit.namesSomething("He thanked the Velm choir.")).isTrue();
        assertThat(StoryFit.namesSomething("He thanked the 12 singers.")).isTrue();
    }
}
