package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A piece in its own voice blames each foreign party it names in words of blame once, and presses it once by an
 * obliging modal, with its paper or agency as actor; a quoted party's words, an exhortation of one's own people and
 * a news item that has given the floor to someone are no such act. On stories written for this test, filed by an
 * agency whose home is known (Xinhua: China).
 */
class OwnVoiceTest {

    private static List<Event> filed(String headline, String body) {
        Article a = new Article("t", "test", null, headline, null, "Xinhua", null, null, "2014-03-12", false, List.of(),
                null, null, "en", body, "");
        return GoldEvents.PIPELINE.annotate(a).events();
    }

    private static List<Event> byAgency(List<Event> es, EventType type) {
        return es.stream().filter(e -> e.type() == type && e.actors().stream().anyMatch(p -> "CHN".equals(p.country())
                && "MED".equals(p.sector()))).toList();
    }

    private static boolean against(Event e, String country) {
        return e.recipients().stream().anyMatch(p -> country.equals(p.country()));
    }

    @Test void aCommentaryHeadlinedSoBlamesTheForeignPartyItNamesOnceWithTheAgencyAsActor() {
        List<Event> es = filed("Xinhua Commentary on Japan's Naval Build-up",
                "Japan is expanding its navy at a fast pace.\n\n"
                        + "This is a treacherous crime against the peoples of the region.\n\n"
                        + "Such reckless moves are a grave provocation.");
        List<Event> blame = byAgency(es, EventType.ACCUSE);
        assertThat(blame).as(GoldEvents.describe(es)).hasSize(1);
        assertThat(against(blame.get(0), "JPN")).as(GoldEvents.describe(es)).isTrue();
        assertThat(blame.get(0).date()).isEqualTo("2014-03-12");
    }

    @Test void aCommentaryTellingAPartyWhatItShouldDoPressesIt() {
        List<Event> es = filed("Xinhua Commentary on Japan's Naval Build-up",
                "Japan is expanding its navy at a fast pace.\n\n"
                        + "If Japan truly wants peace in the region, it should stop the build-up at once.");
        assertThat(byAgency(es, EventType.REQUEST)).as(GoldEvents.describe(es)).anyMatch(e -> against(e, "JPN"));
    }

    @Test void anExhortationOfAPeopleAndAnObligedPassivePressNoOne() {
        List<Event> es = filed("Xinhua Commentary on the Spring Sowing",
                "All the Chinese should get united and work hard for a rich harvest.\n\n"
                        + "The old habits should be wiped out.");
        assertThat(byAgency(es, EventType.REQUEST)).as(GoldEvents.describe(es)).isEmpty();
    }

    @Test void aNewsItemThatGivesTheFloorToAStatementLeavesItsWordsToTheIssuer() {
        List<Event> es = filed("Japan's Naval Build-up Condemned",
                "A Peruvian solidarity committee issued a statement on Monday.\n\n"
                        + "Japan's naval build-up is a treacherous crime against the peoples of the region.");
        assertThat(byAgency(es, EventType.ACCUSE)).as(GoldEvents.describe(es)).isEmpty();
    }

    @Test void aPapersCommentaryIsToldWhereThePaperPointsAtTheStoryBefore() {
        List<Event> es = filed("Chinese Paper Slams Japan's Naval Build-up",
                "Japan launched two more destroyers on Monday.\n\n"
                        + "The Chinese newspaper Guangming Daily Wednesday says in a bylined commentary in this regard:\n\n"
                        + "The launch is a grave provocation to the peoples of the region.");
        List<Event> blame = byAgency(es, EventType.ACCUSE);
        assertThat(blame).as(GoldEvents.describe(es)).anyMatch(e -> against(e, "JPN"));
    }

    @Test void aStoryWithNoAgencyHasNoVoiceOfItsOwn() {
        List<Event> es = GoldEvents.codeTitled("Commentary on Japan's Naval Build-up",
                "Japan is expanding its navy at a fast pace.\n\nThis is a treacherous crime against the peoples of the region.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.actors().stream().anyMatch(p -> "MED".equals(p.sector())));
    }
}
