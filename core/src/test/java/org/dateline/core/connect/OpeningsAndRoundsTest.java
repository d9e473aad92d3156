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
 * Threads at the opening of a batch (common names and standing figures known from its first weeks), the frame of a
 * statement and initialisms in headlines, and one doer's round of different objects.
 */
class OpeningsAndRoundsTest {
    private static String day(int fromStart) {
        return LocalDate.of(2023, 3, 1).plusDays(fromStart).toString();
    }

    @Test
    void aMinistersGreetingsOnTheFirstDaysOfABatchAreAColumnAsTheBatchsLaterWeeksShowHimStanding() {
        // the home state is in every item and the minister in one item a week: neither is known as such on day one
        Entity minister = person("Ana Velis", "RUR", null), home = state("Ruritania", "RUR");
        String[][] counterparts = {{"Omar Haddad", "Jordan", "JOR"}, {"Lena Stark", "Sweden", "SWE"},
                {"Ivo Marek", "Slovakia", "SVK"}};
        List<Annotated> batch = new ArrayList<>();
        for (int i = 0; i < counterparts.length; i++) {
            String[] c = counterparts[i];
            batch.add(headlined("g" + i, day(i), "Velis Greets " + c[1] + " FM", minister, home, person(c[0], c[2], null),
                    state(c[1], c[2])));
        }
        for (int w = 1; w < 6; w++) {
            batch.add(headlined("m" + w, day(7 * w), "Velis Meets Envoy Number" + w, minister, home, person("Envoy Number" + w, "XXX", null)));
        }
        for (int i = 0; i < 40; i++) batch.add(headlined("n" + i, day(i % 35), "Harvest item " + i, home));
        Connected c = Connector.connect(batch);
        assertThat(c.threads()).noneMatch(t -> t.articles().stream().filter(a -> a.startsWith("g")).count() > 1);
    }

    @Test
    void aGuestsVisitInTheOpeningWeekOfABatchStaysOneStory() {
        Entity guest = person("Ivo Marek", "SVK", null), party = body("Slovak Workers' League"), home = state("Ruritania", "RUR");
        List<Annotated> batch = new ArrayList<>();
        batch.add(headlined("v0", day(0), "Slovak Party Delegation Arrives", guest, party, home));
        batch.add(headlined("v1", day(1), "Minister Meets Slovak Party Delegation", guest, party, home, person("Ana Velis", "RUR", null)));
        batch.add(headlined("v2", day(2), "Slovak Party Delegation Visits Tarvo", guest, party, home));
        batch.add(headlined("v3", day(3), "Slovak Party Delegation Leaves", guest, party, home));
        for (int i = 0; i < 40; i++) batch.add(headlined("n" + i, day(i % 35), "Harvest item " + i, home));
        Connected c = Connector.connect(batch);
        assertThat(c.threads()).anyMatch(t -> t.articles().containsAll(List.of("v0", "v1", "v2", "v3")));
    }

    @Test
    void theFrameOfAStatementAndTheWordsForItsSideAreNoSubject() {
        var f = ThreadFeatures.features(headlined("a", "2023-05-02", "KCNA Commentary Slams Velmar Puppet Regime for Dam Plan",
                state("Velmar", "VEL")));
        assertThat(ThreadFeatures.subjectWords(f, "KCNA Commentary Slams Velmar Puppet Regime for Dam Plan"))
                .containsExactlyInAnyOrder("w:dam", "w:plan");
        var g = ThreadFeatures.features(headlined("b", "2023-05-02", "Papers Call for Bumper Harvest"));
        assertThat(ThreadFeatures.subjectWords(g)).containsExactlyInAnyOrder("w:bumper", "w:harvest");
    }

    @Test
    void anInitialismInAHeadlineNamesABodyNotASubjectUnlessTheWholeHeadlineIsInCapitals() {
        String headline = "CPRK Secretariat Accuses Velmar of Lies";
        var f = ThreadFeatures.features(headlined("a", "2023-05-02", headline, state("Velmar", "VEL")));
        assertThat(ThreadFeatures.subjectWords(f, headline)).containsExactly("w:lies");
        String shouted = "DAM TALKS FAIL";
        var g = ThreadFeatures.features(headlined("b", "2023-05-02", shouted));
        assertThat(ThreadFeatures.subjectWords(g, shouted)).containsExactlyInAnyOrder("w:dam", "w:fail");
    }

    @Test
    void commentariesOfOneVoiceAgainstOneSideOnDifferentMattersAreAColumn() {
        Entity leader = person("Tomas Orrin", "VEL", null), vel = state("Velmar", "VEL");
        List<Annotated> batch = new ArrayList<>();
        for (int w = 0; w < 6; w++) batch.add(headlined("o" + w, day(7 * w), "Orrin Opens Item Number" + w, leader, vel));
        batch.add(headlined("c1", day(1), "KCNA Commentary Slams Orrin for Dam Plan", leader, vel));
        batch.add(headlined("c2", day(3), "KCNA Commentary Brands Orrin Regime as Liars", leader, vel));
        Connected c = Connector.connect(batch);
        assertThat(c.threads()).noneMatch(t -> t.articles().containsAll(List.of("c1", "c2")));
    }

    @Test
    void aLeadersRoundOfDifferentObjectsIsASeriesEvenWithTheSameSuiteAlong() {
        Entity leader = person("Tomas Orrin", "RUR", null);
        Entity[] suite = {person("Ivo Marek", "RUR", null), person("Lena Stark", "RUR", null), person("Juan Prado", "RUR", null)};
        List<Annotated> batch = new ArrayList<>();
        for (int i = 0; i < 30; i++) batch.add(headlined("n" + i, day(i), "Orrin Tours Site " + i, leader));
        String[] rounds = {"Orrin Visits Velmo Restaurant", "Orrin Gives Field Guidance to Tarvo Tile Factory",
                "Orrin Looks Round Kestrel Library"};
        for (int i = 0; i < rounds.length; i++) {
            batch.add(headlined("r" + i, day(31 + i), rounds[i], leader, suite[0], suite[1], suite[2]));
        }
        Connected c = Connector.connect(batch);
        assertThat(c.threads()).noneMatch(t -> t.articles().stream().filter(a -> a.startsWith("r")).count() > 1);
    }

    @Test
    void aGuestBodyNamedByAKindOfObjectIsWhatItsVisitsDaysShare() {
        Entity company = body("Velmar Railways Company"), head = person("Omar Haddad", "VEL", null);
        Connected c = Connector.connect(List.of(
                headlined("a", day(0), "Velmar Railways Company Delegation Arrives", company, head),
                headlined("b", day(1), "Gift from Velmar Railways Company", company, head),
                headlined("d", day(2), "Delegation of Velmar Railways Company Leaves", company, head)));
        assertThat(c.threads()).hasSize(1);
    }
}
