package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A delegation's arrival, the sites it visits during its stay, and each site are occasions of their own; the same
 * site visit filed twice is one, and the region a trip went to is the trip, not a site of it (invented reports).
 */
class OccasionsOfOneStayTest {
    private static final List<Entity> NAMES = List.of(person("Lena Berg", "NOR", "chairwoman"), state("Peru", "PER"));

    private static Annotated report(String id, String day, String date, String body, String phrase, String trigger) {
        Article a = article(id, day, "Delegation", body);
        Event e = event(a, "e1", EventType.CONSULT, List.of(p("Lena Berg", "NOR")), List.of(p("Peru", "PER")), date,
                null, EventStatus.OCCURRED, phrase).toBuilder().trigger(trigger).build();
        return annotated(a, NAMES, e);
    }

    private static Annotated arrival() {
        return report("a", "2024-10-08", "2024-10-08", "A delegation of the Nordic Labour Party led by Lena Berg, its "
                + "chairwoman, arrived here on Tuesday.", "led by Lena Berg, its chairwoman, arrived here on Tuesday", "arrived");
    }

    private static Annotated site(String id, String day, String site) {
        return report(id, day, day, "The delegation of the Nordic Labour Party led by Lena Berg, its chairwoman, visited "
                + site + " on Thursday.", "led by Lena Berg, its chairwoman, visited " + site + " on Thursday", "visited");
    }

    @Test
    void anArrivalAndAVisitToASiteOfTheStayAreTwoHappenings() {
        Connected c = Connector.connect(List.of(arrival(), site("b", "2024-10-08", "the Torvane Memorial Hall")));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void twoSitesVisitedOnOneDayAreTwoHappenings() {
        Connected c = Connector.connect(List.of(site("b", "2024-10-10", "the Torvane Memorial Hall"),
                site("c", "2024-10-10", "Kestaberg")));
        assertThat(storyOf(c, "b", "e1")).isNotEqualTo(storyOf(c, "c", "e1"));
    }

    @Test
    void oneSiteVisitFiledTwiceIsOneHappening() {
        Connected c = Connector.connect(List.of(site("b", "2024-10-10", "the Torvane Memorial Hall"),
                site("c", "2024-10-10", "the Torvane Memorial Hall")));
        assertThat(storyOf(c, "b", "e1")).isEqualTo(storyOf(c, "c", "e1"));
    }

    @Test
    void aStateOrARegionVisitedIsWhereTheTripWentNotASite() {
        assertThat(SiteVisits.siteAfter(List.of("Peru", "on", "Tuesday"), 0)).isNull();
        assertThat(SiteVisits.siteAfter(List.of("Siberia", "and", "the", "Far", "East", "Region"), 0)).isNull();
        assertThat(SiteVisits.siteAfter(List.of("Andes", "Province"), 0)).isNull();
        assertThat(SiteVisits.siteAfter(List.of("the", "Torvane", "Memorial", "Hall"), 0)).isEqualTo("torvane memorial hall");
        assertThat(SiteVisits.siteAfter(List.of("a", "farm"), 0)).isNull();
    }
}
