package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * A state's organ a story names without saying whose ("the police", "the Government") is the one of the state the
 * story is set in: with no dateline, the one its headline places it in (StorySetting); a noun the headline gives a
 * nationality keeps it in the body; visitors, bare plurals and what a pronoun owns are not placed so.
 */
class StoryPlaceActorsTest {
    private static List<Event> code(String headline, String body) {
        Article a = new Article("t", "test", null, headline, null, null, null, null, "2012-06-04", false, List.of(),
                null, null, "en", body, "");
        return GoldEvents.PIPELINE.annotate(a).events();
    }

    private static List<Participant> everyone(List<Event> es) {
        return es.stream().flatMap(e -> Stream.concat(e.actors().stream(), e.recipients().stream())).toList();
    }

    private static boolean named(Participant p, String word) {
        return p.name() != null && p.name().toLowerCase().contains(word);
    }

    @Test void thePoliceOfAStoryTheHeadlineSetsInAStateAreThatStates() {
        List<Event> es = code("Dockworkers' Strike Spreads in Portugal",
                "The police arrested twelve strikers outside the harbour on Tuesday.");
        assertThat(everyone(es)).as(GoldEvents.describe(es)).anyMatch(p -> named(p, "police") && "PRT".equals(p.country()));
    }

    @Test void theGovernmentOfAStoryWhoseHeadlineOpensWithAStateIsThatStates() {
        List<Event> es = code("Bolivian Farmers Want Land Reform",
                "Hundreds of farmers called on the government to speed up the land reform on Monday.");
        assertThat(everyone(es)).as(GoldEvents.describe(es)).anyMatch(p -> named(p, "government") && "BOL".equals(p.country()));
    }

    @Test void aHeadlinesNationalityPlacesItsNounInTheBody() {
        List<Event> es = code("Chilean Miners Detained in Peru", "The authorities arrested six miners on Monday.");
        assertThat(everyone(es)).as(GoldEvents.describe(es))
                .anyMatch(p -> named(p, "miners") && "CHL".equals(p.country()))
                .anyMatch(p -> named(p, "authorities") && "PER".equals(p.country()));
    }

    @Test void theHostsOfVisitorsTheHeadlineNamesByStateAreNotOfThatState() {
        List<Event> es = code("Italian Guests Here", "The officials welcomed the visitors at the airport on Monday.");
        assertThat(everyone(es)).as(GoldEvents.describe(es)).noneMatch(p -> named(p, "officials") && "ITA".equals(p.country()));
    }

    @Test void aBarePluralIsNotPlacedByTheHeadline() {
        List<Event> es = code("Film Festival Opens in Portugal", "Activists denounced the jury on Monday.");
        assertThat(everyone(es)).as(GoldEvents.describe(es)).noneMatch(p -> named(p, "activists") && "PRT".equals(p.country()));
    }

    @Test void aStoryWhoseHeadlineNamesNoStateLeavesTheGovernmentUnplaced() {
        List<Event> es = code("Reform Urged", "The students called on the government to cut fees on Monday.");
        assertThat(everyone(es)).as(GoldEvents.describe(es)).noneMatch(p -> named(p, "government") && p.country() != null);
    }
}
