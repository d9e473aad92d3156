package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.junit.jupiter.api.Test;

/**
 * Two kinds of article that name many parties without telling one story: the report of an occasion that lists the
 * standing officials who attended (the same list at a concert, a banquet, a reception), and the roundup of the day's
 * comings and goings titled by a protocol word alone ("Visits"). Neither ties the occasions or the visits it names.
 */
class AttendanceListsAndRoundupsTest {
    private static final String[] OFFICIALS = {"Tarvo Anselm", "Mira Kostel", "Ivo Danek", "Lena Moravec", "Pavel Hrobar"};

    private static String day(int fromStart) {
        return LocalDate.of(2023, 3, 1).plusDays(fromStart).toString();
    }

    private static Entity[] officialsAnd(Entity... more) {
        List<Entity> out = new ArrayList<>();
        for (String o : OFFICIALS) out.add(person(o, "RUR", null));
        out.addAll(List.of(more));
        return out.toArray(Entity[]::new);
    }

    /** The officials attend something each week of the stream's first two months: standing figures. */
    private static List<Annotated> weeksOfAttendance() {
        List<Annotated> batch = new ArrayList<>();
        String[] occasions = {"Harvest Fair Opens", "Bridge over Tarn Completed", "Flood Relief Drive Launched",
                "Rail Line to Osmo Reopened", "School of Forestry Founded", "Steelworks Furnace Lit",
                "Orchard Festival Held", "New Dam on Velo River"};
        for (int i = 0; i < occasions.length; i++) batch.add(headlined("w" + i, day(7 * i), occasions[i], officialsAnd()));
        for (int i = 0; i < 40; i++) batch.add(headlined("n" + i, day(i), "Market note " + i, state("Ruritania", "RUR")));
        return batch;
    }

    @Test
    void theOfficialsOnEveryAttendanceListTieNoTwoOccasionsTogether() {
        List<Annotated> batch = weeksOfAttendance();
        // two banquets for different guests: one word of the occasion's kind and the list of who attended in common
        batch.add(headlined("orchestra", day(60), "Banquet for Tarn Orchestra Players", officialsAnd()));
        batch.add(headlined("miners", day(62), "Banquet for Osmo Province Miners", officialsAnd()));
        Connected c = Connector.connect(batch);
        assertThat(c.threads()).noneMatch(t -> t.articles().contains("orchestra") && t.articles().contains("miners"));
    }

    @Test
    void aGuestsVisitStillMakesOneStoryWithTheSameOfficialsAround() {
        // the guest is named in one week only: his days are one story, whoever of the standing officials received him
        List<Annotated> batch = weeksOfAttendance();
        Entity guest = person("Omar Haddad", "JOR", null);
        batch.add(headlined("arrives", day(60), "Jordanian Delegation Arrives", officialsAnd(guest)));
        batch.add(headlined("talks", day(61), "Talks Held with Jordanian Delegation", officialsAnd(guest)));
        batch.add(headlined("leaves", day(62), "Jordanian Delegation Leaves", guest));
        Connected c = Connector.connect(batch);
        assertThat(c.threads()).anyMatch(t -> t.articles().containsAll(List.of("arrives", "talks", "leaves")));
    }

    @Test
    void aHeadlineOfProtocolWordsOnlyIsARoundup() {
        assertThat(ThreadFeatures.roundup("Visits")).isTrue();
        assertThat(ThreadFeatures.roundup("Greetings")).isTrue();
        assertThat(ThreadFeatures.roundup("Gift from Velmarian Delegation")).isFalse();
        assertThat(ThreadFeatures.roundup("Flood Relief Drive Launched")).isFalse();
        assertThat(ThreadFeatures.roundup("")).isFalse();
    }

    @Test
    void aRoundupNamingTwoArrivingDelegationsTiesNeitherVisitToTheOther() {
        Entity velmar = person("Anna Berg", "VEL", null), marendo = person("Ivo Marek", "MAR", null);
        List<Annotated> batch = new ArrayList<>();
        batch.add(headlined("roundup", day(0), "Visits", velmar, marendo));
        batch.add(headlined("v1", day(1), "Gift from Velmarian Delegation", velmar));
        batch.add(headlined("m1", day(2), "Minister Meets Marendan Delegation", marendo));
        batch.add(headlined("v2", day(3), "Velmarian Delegation Tours Museum", velmar));
        batch.add(headlined("m2", day(3), "Marendan Delegation Leaves", marendo));
        for (int i = 0; i < 40; i++) batch.add(headlined("n" + i, day(i), "Market note " + i, state("Ruritania", "RUR")));
        Connected c = Connector.connect(batch);
        assertThat(c.threads()).noneMatch(t -> t.articles().contains("v1") && t.articles().contains("m1"));
        // each visit is still one story of its own
        assertThat(c.threads()).anyMatch(t -> t.articles().containsAll(List.of("v1", "v2")));
        assertThat(c.threads()).anyMatch(t -> t.articles().containsAll(List.of("m1", "m2")));
    }

    @Test
    void theWordsOfAShowAttendedAndOfAWiresPriorityTagTellNoSubject() {
        var f = ThreadFeatures.features(headlined("a", day(0),
                "Leader Enjoys Art Performance Given by Tarn Troupe (Urgent)", state("Ruritania", "RUR")));
        assertThat(ThreadFeatures.subjectWords(f)).doesNotContain("w:performance", "w:given", "w:urgent")
                .contains("w:tarn", "w:troupe");
    }

    @Test
    void aHeadlineAddingOneMoreTollToASeriesCountsIt() {
        assertThat(ThreadFeatures.countedDeed("More Velmarian Soldiers Killed in Border Clash")).isTrue();
        assertThat(ThreadFeatures.countedDeed("Another Guard Killed at Tarvo Post")).isTrue();
        assertThat(ThreadFeatures.countedDeed("Three Miners Die in Osmo Pit Blast")).isTrue();
        assertThat(ThreadFeatures.countedDeed("More Talks on Velo Dam Planned")).isFalse();
    }
}
