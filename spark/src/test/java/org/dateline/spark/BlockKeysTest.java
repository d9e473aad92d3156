package org.dateline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dateline.core.connect.ConnectKeys;
import org.dateline.model.EventStatus;
import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/** Articles whose events the Connector could merge or link share a key; articles far apart in time do not. */
class BlockKeysTest {
    /** Core's name key of the participant the reports share: the keys are built from it, whatever its form. */
    private static final String WHITFIELD = ConnectKeys.nameKey("Laura Whitfield");

    @Test
    void reportsOfOneParticipantWithinTheConnectorsWindowsShareAKey() {
        Annotated march = article("a", "2024-03-08", meeting("Park Min-jae", "Laura Whitfield", "2024-03-08"));
        Annotated may = article("b", "2024-05-20", meeting("Laura Whitfield", "Kenji Morita", null));
        Annotated december = article("c", "2024-12-02", meeting("Laura Whitfield", "Kenji Morita", null));

        assertThat(shared(march, may)).anyMatch(k -> k.startsWith("p|" + WHITFIELD + "|"));
        assertThat(shared(march, december)).noneMatch(k -> k.startsWith("p|"));
    }

    @Test
    void aShortNameMeetsTheFullNameItMayResolveTo() {
        Annotated full = article("a", "2024-03-08", meeting("Park Min-jae", "Laura Whitfield", null));
        Annotated shortName = article("b", "2024-03-10", meeting("Park", "Kenji Morita", null));

        assertThat(shared(full, shortName)).contains("p|park|202403");
    }

    @Test
    void aYearlessArticleMeetsTheDatedOnesOfEveryYearItCouldBelongTo() {
        Annotated yearless = article("a", "XXXX-03-09", meeting("Park Min-jae", "Laura Whitfield", null));
        Annotated dated = article("b", "2022-03-20", meeting("Laura Whitfield", "Kenji Morita", null));

        assertThat(shared(yearless, dated, 2021, 2024)).anyMatch(k -> k.startsWith("p|" + WHITFIELD + "|2022"));
        assertThat(shared(yearless, dated, 2024, 2024)).noneMatch(k -> k.startsWith("p|"));
    }

    @Test
    void nearCopiesShareAnLshBandAndUnrelatedBodiesDoNot() {
        String body = "The envoys met in Washington on Friday to discuss the stalled talks with the North and agreed to "
                + "meet again in Seoul next month, officials said after the two hour meeting ended late in the day.";
        Annotated one = article("a", "2024-03-08", body, List.of());
        Annotated copy = article("b", "2024-03-09", body.replace("late in the day", "in the evening"), List.of());
        Annotated other = article("c", "2024-03-09", "Heavy rain flooded roads across the southern provinces on Sunday "
                + "and forced hundreds of residents to leave their homes, the safety ministry reported in a statement.",
                List.of());

        assertThat(shared(one, copy)).anyMatch(k -> k.startsWith("d|"));
        assertThat(shared(one, other)).noneMatch(k -> k.startsWith("d|"));
    }

    private static Set<String> shared(Annotated a, Annotated b) {
        return shared(a, b, 2024, 2024);
    }

    private static Set<String> shared(Annotated a, Annotated b, int firstYear, int lastYear) {
        Set<String> s = new HashSet<>(BlockKeys.of(a, firstYear, lastYear));
        s.retainAll(BlockKeys.of(b, firstYear, lastYear));
        return s;
    }

    private static Event meeting(String one, String other, String date) {
        return new Event("E1", EventType.CONSULT, null, "040", List.of(new Participant(one, null, null),
                new Participant(other, null, null)), List.of(), date, null, null, EventStatus.OCCURRED, null, 0, 10, 0.9, null, null, -1);
    }

    private static Annotated article(String id, String date, Event event) {
        return article(id, date, "short body", List.of(event));
    }

    private static Annotated article(String id, String date, String body, List<Event> events) {
        Article art = new Article(id, id + ".txt", null, "headline " + id, null, null, null, null, date, false,
                List.of(), null, null, "en", body, id);
        List<Entity> people = events.stream().flatMap(e -> e.actors().stream())
                .map(p -> new Entity(p.name(), EntityType.PERSON, 0, 1, p.name(), null, null, null, -1)).toList();
        return new Annotated(art, people, List.of(), List.of(), events);
    }
}
