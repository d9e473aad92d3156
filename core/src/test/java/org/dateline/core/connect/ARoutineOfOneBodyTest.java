package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.StoryThread;
import org.junit.jupiter.api.Test;

/**
 * A body that does one deed after another (a residents' federation sending letters on one occasion after another, a
 * philatelic office issuing stamps) is a routine, not a story: its items share the body and the routine's words only.
 * Within the days of one stay (the federation's delegation arriving, touring, leaving) the same body ties one
 * happening; a person in common is the same participants whatever the days.
 */
class ARoutineOfOneBodyTest {
    private static final String FEDERATION = "General Federation of Velmarese Residents";
    private static final List<Participant> SENDER = List.of(new Participant(FEDERATION, "VEL", "CVL"));

    private static String day(int fromStart) {
        return LocalDate.of(2023, 3, 1).plusDays(fromStart).toString();
    }

    /** A report of the federation doing something, called by its own short name ("Sorenkai") in the headline. */
    private static Annotated deed(String id, int day, String headline, Entity... more) {
        Article a = article(id, day(day), headline, "The federation acted on " + id + " today.");
        List<Entity> es = new ArrayList<>(List.of(body(FEDERATION)));
        es.addAll(List.of(more));
        return annotated(a, es, event(a, "e1", EventType.SUPPORT, SENDER, List.of(), day(day), null,
                EventStatus.OCCURRED, "The federation acted"));
    }

    /** News of other parties around the items, so that neither the federation nor its name is common. */
    private static List<Annotated> withNews(List<Annotated> items) {
        List<Annotated> batch = new ArrayList<>(items);
        for (int i = 0; i < 40; i++) batch.add(headlined("n" + i, day(i % 40), "Harvest item " + i, state("Oman", "OMN")));
        return batch;
    }

    private static long largestThreadOf(Connected c, String prefix) {
        long most = 0;
        for (StoryThread t : c.threads()) most = Math.max(most, t.articles().stream().filter(x -> x.startsWith(prefix)).count());
        return most;
    }

    @Test
    void oneBodysLettersOnOccasionsWeeksApartAreItemsOfItsRoutine() {
        Connected c = Connector.connect(withNews(List.of(
                deed("s0", 0, "Sorenkai Letter on Flood Aid"),
                deed("s1", 10, "Sorenkai Greets Spring Festival"),
                deed("s2", 20, "Sorenkai Letter Hails Dam Opening"))));
        assertThat(largestThreadOf(c, "s")).isEqualTo(1);
    }

    @Test
    void oneBodysDelegationArrivingTouringAndLeavingWithinDaysIsOneStay() {
        Connected c = Connector.connect(withNews(List.of(
                deed("s0", 0, "Sorenkai Delegation Arrives"),
                deed("s1", 2, "Sorenkai Delegation Tours Farm"),
                deed("s2", 4, "Sorenkai Delegation Leaves"))));
        assertThat(largestThreadOf(c, "s")).isEqualTo(3);
    }

    @Test
    void theSamePersonDaysAfterTheStayIsTheSameParticipantsNotARoutine() {
        Entity head = person("Ilja Varenko", "VEL", "chairman");
        Connected c = Connector.connect(withNews(List.of(
                deed("s0", 1, "Sorenkai Delegation Arrives", head),
                deed("s1", 3, "Sorenkai Delegation Leaves", head),
                deed("s2", 8, "Sorenkai Delegation Head Interviewed", head))));
        assertThat(largestThreadOf(c, "s")).isEqualTo(3);
    }

    @Test
    void stampsAnOfficeIssuesForDifferentOccasionsAreItemsNotAStory() {
        Entity office = body("Velmar Philatelic Office");
        Connected c = Connector.connect(withNews(List.of(
                headlined("p0", day(0), "New Stamps Issued in Velmar", office),
                headlined("p1", day(9), "Commemorative Stamps Issued for Spring Festival", office),
                headlined("p2", day(18), "Stamp Issued to Mark Dam Opening", office))));
        assertThat(largestThreadOf(c, "p")).isEqualTo(1);
    }

    @Test
    void aPublishingRoutinesWordsTellNoSubject() {
        var subject = ThreadFeatures.subjectWords(ThreadFeatures.features(
                headlined("x", day(0), "Treatise Carried by Paper, Commemorative Stamps Issued")));
        assertThat(subject).containsExactly("w:treatise");
    }
}
