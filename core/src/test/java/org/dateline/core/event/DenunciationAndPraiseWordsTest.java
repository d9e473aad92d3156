package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Verbs of denouncing and praising the lexicon lacked ("slashed at", "vilified", "eulogized",
 * "highly appreciated the talents of"), and a label of praise a verb of naming gives the one it names ("called X an
 * outstanding statesman"), with their guards: a label of praise given a thing praises no one, and appreciating a
 * thing that is no one's quality is no praise. Sentences written for this test.
 */
class DenunciationAndPraiseWordsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStoryFrom("Cairo", body); }

    private static void assertCoded(List<Event> es, String type, String actor, String recipient) {
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, type, actor, recipient));
    }

    @Test void slashingAtAGovernmentDenouncesIt() {
        assertCoded(code("The Egyptian foreign minister on Monday slashed at the Japanese government for its claim."), "ACCUSE", "EGY", "JPN");
    }

    @Test void vilifyingAGovernmentDenouncesIt() {
        assertCoded(code("The Egyptian foreign minister on Monday vilified the Japanese government."), "ACCUSE", "EGY", "JPN");
    }

    @Test void eulogizingALeaderPraisesHim() {
        assertCoded(code("The Egyptian foreign minister on Monday eulogized Kim Il Sung."), "SUPPORT", "EGY", "PRK");
    }

    @Test void appreciatingTheTalentsOfArtistesPraisesTheirState() {
        assertCoded(code("The Egyptian foreign minister on Monday highly appreciated the talents of the Cuban artistes."), "SUPPORT", "EGY", "CUB");
    }

    @Test void appreciatingTheWeatherPraisesNoOne() {
        List<Event> es = code("The Egyptian foreign minister on Monday appreciated the mild weather of the Korean spring.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == org.dateline.model.EventType.SUPPORT);
    }

    @Test void callingALeaderAnOutstandingStatesmanPraisesHim() {
        assertCoded(code("The Egyptian foreign minister on Monday called Kim Il Sung an outstanding statesman."), "SUPPORT", "EGY", "PRK");
    }

    @Test void callingADealExcellentPraisesNoOne() {
        List<Event> es = code("The Egyptian foreign minister on Monday called the new trade deal excellent.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == org.dateline.model.EventType.SUPPORT);
    }

    @Test void callingALeaderAGreatLiarIsNoPraise() {
        List<Event> es = code("The Egyptian foreign minister on Monday called the Japanese prime minister a liar.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == org.dateline.model.EventType.SUPPORT);
    }
}
