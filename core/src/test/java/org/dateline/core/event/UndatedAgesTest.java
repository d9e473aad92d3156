package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A cue that leaves an act undated makes it background only when it names an age (CODING.md section 7, question
 * 126); a counted term, a record, a running total, a prior act and the story's own war leave it an event. Invented
 * sentences (published 10 May 2023).
 */
class UndatedAgesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean coded(List<Event> es, String trigger) {
        return es.stream().anyMatch(e -> trigger.equals(e.trigger()));
    }

    @Test void anActTheTextPlacesOnlyInANamedWarIsBackground() {
        assertThat(coded(code("In the Great Northern War, Ruritanian troops attacked the forts of Osla."), "attacked")).isFalse();
        assertThat(coded(code("Ruritanian troops attacked the forts of Osla."), "attacked")).isTrue();
    }

    @Test void anActInRecentYearsIsBackground() {
        assertThat(coded(code("In recent years the Ruritanian navy seized fishing boats off the coast."), "seized")).isFalse();
        assertThat(coded(code("The Ruritanian navy seized fishing boats off the coast."), "seized")).isTrue();
    }

    @Test void aPrisonTermCountedInYearsKeepsTheSentenceAnEvent() {
        assertThat(coded(code("A court in Osla sentenced the union leader to six years in prison."), "sentenced")).isTrue();
        assertThat(coded(code("The court sentenced the editor to four-years in jail."), "sentenced")).isTrue();
    }

    @Test void aRecordCountedInYearsKeepsTheDrillAnEvent() {
        List<Event> es = code("American and Japanese troops held their largest joint exercise in 20 years on Okinawa.");
        assertThat(es).isNotEmpty();
    }

    @Test void aSingleActLastingACountedSpanStaysAnEvent() {
        assertThat(coded(code("The journalist was jailed for three years by a military court."), "jailed")).isTrue();
    }

    @Test void conductKeptUpOverACountedSpanIsBackground() {
        assertThat(code("The navy has staged war drills near the islands for more than four decades.")).isEmpty();
        assertThat(code("The navy has staged war drills near the islands.")).isNotEmpty();
    }

    @Test void aRunningTotalOfAStanceKeepsTheRefusalAnEvent() {
        List<Event> es = code("The Ruritanian government has so far refused to release the detained sailors.");
        assertThat(coded(es, "refused")).isTrue();
    }

    @Test void anActDonePreviouslyStaysAnEvent() {
        assertThat(coded(code("Previously, the police arrested the mayor of Osla on fraud charges."), "arrested")).isTrue();
    }

    @Test void anActDuringTheStorysUnnamedWarStaysAnEvent() {
        assertThat(coded(code("During the war, Japanese soldiers abducted thousands of villagers from the valley."), "abducted"))
                .isTrue();
    }
}
