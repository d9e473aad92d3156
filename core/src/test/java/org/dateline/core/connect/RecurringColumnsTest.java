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
 * A column comes back under one title ("Pacts among Different States") with other parties each time: its items share
 * the title and the states that recur in every roundup, which is no story; only a party or an event of the thread's
 * own makes the next item the same story.
 */
class RecurringColumnsTest {
    private static final String[] STATES = {"Ghana", "Peru", "Chile", "Laos", "Nepal", "Oman"};
    private static final String[] CODES = {"GHA", "PER", "CHL", "LAO", "NPL", "OMN"};

    private static String day(int fromStart) {
        return LocalDate.of(2023, 9, 1).plusDays(fromStart).toString();
    }

    @Test
    void aTitleAndTheSameTitleLessAWordAreOneColumnTitle() {
        assertThat(ThreadFeatures.sameTitle("Pacts among States", "Pacts among Different States")).isTrue();
        assertThat(ThreadFeatures.sameTitle("Pacts among Different States", "Pacts between Velmar and Different States")).isFalse();
        // a short title is any headline's part, not a column's
        assertThat(ThreadFeatures.sameTitle("Visits", "Delegation Visits Museum")).isFalse();
    }

    @Test
    void weeklyRoundupsUnderOneTitleAreItemsOfAColumnNotAStory() {
        Connected c = Connector.connect(roundups(null, 7));
        assertThat(c.threads()).noneMatch(t -> t.articles().stream().filter(x -> x.startsWith("r")).count() > 1);
    }

    @Test
    void roundupsUnderOneTitleThatNameTheSameEnvoyOnHisVisitStayOneStory() {
        Connected c = Connector.connect(roundups(person("Ivo Marek", "VEL", null), 1));
        assertThat(c.threads()).anyMatch(t -> t.articles().stream().filter(x -> x.startsWith("r")).count() > 1);
    }

    /** Four roundups that many days apart, each naming Ruritania, Velmar and two other states, perhaps one envoy too. */
    private static List<Annotated> roundups(Entity envoy, int apart) {
        List<Annotated> batch = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            List<Entity> es = new ArrayList<>(List.of(state("Ruritania", "RUR"), state("Velmar", "VEL"),
                    state(STATES[i], CODES[i]), state(STATES[i + 2], CODES[i + 2])));
            if (envoy != null) es.add(envoy);
            batch.add(headlined("r" + i, day(apart * i), "Pacts among Different States", es.toArray(Entity[]::new)));
        }
        for (int i = 0; i < 40; i++) batch.add(headlined("n" + i, day(i % 30), "Harvest item " + i, state("Oman", "OMN")));
        return batch;
    }
}
