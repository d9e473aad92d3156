package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * An agency item stripped of its dateline still says where it happened in its lead: the unnamed people of its events
 * ("officials", "working people", "students") are of the state the lead places the story in, or of the state whose
 * body or office holder opens it, unless their own words say otherwise or the headline sets the story elsewhere.
 */
class StorySettingByLeadTest {
    @Test void workingPeopleOfAStoryWhoseLeadIsSetInPyongyangAreNorthKoreans() {
        List<Event> es = GoldEvents.codeTitled("Meeting Held", "A meeting was held in Pyongyang on Monday. "
                + "Officials and working people attended it and praised the new railway.");
        assertThat(GoldEvents.everyone(es)).as(GoldEvents.describe(es))
                .anyMatch(p -> p.name().contains("working people") && "PRK".equals(p.country()));
    }

    @Test void officialsOfAStoryOpenedByAStateBodyAreThatStatesOfficials() {
        List<Event> es = GoldEvents.codeTitled("Session Opens", "The Supreme People's Assembly of the DPRK opened its session on Monday. "
                + "Officials of the ministry criticized the plan.");
        assertThat(GoldEvents.everyone(es)).as(GoldEvents.describe(es))
                .anyMatch(p -> p.name().startsWith("Officials") && "PRK".equals(p.country()));
    }

    @Test void aLeadNamingPlacesInSeveralStatesSetsTheStoryInNone() {
        List<Event> es = GoldEvents.codeTitled("Events Held", "Events took place in Hungary, Poland and Mongolia on Monday. "
                + "Students praised the exhibition.");
        assertThat(GoldEvents.everyone(es)).as(GoldEvents.describe(es))
                .noneMatch(p -> p.name().contains("Students") && p.country() != null);
    }

    @Test void aPeopleNamedByAnAdjectiveTheLayerCouldNotPlaceDoNotTakeTheLeadsState() {
        List<Event> es = GoldEvents.codeTitled("Lecture Given", "A lecture was given in Osaka on Monday. "
                + "The speaker praised the Korean people for their achievements.");
        assertThat(GoldEvents.everyone(es)).as(GoldEvents.describe(es))
                .noneMatch(p -> p.name().contains("Korean people") && "JPN".equals(p.country()));
    }

    @Test void aHeadlineSettingTheStoryElsewhereOverrulesTheLead() {
        List<Event> es = GoldEvents.codeTitled("Exhibition Opens in Laos", "An exhibition opened in Pyongyang's embassy on Monday. "
                + "Officials and students praised the photos.");
        assertThat(GoldEvents.everyone(es)).as(GoldEvents.describe(es))
                .noneMatch(p -> p.name().contains("students") && "PRK".equals(p.country()));
    }
}
