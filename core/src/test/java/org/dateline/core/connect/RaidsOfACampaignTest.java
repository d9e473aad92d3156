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
 * A headline that counts the people one deed took ("Army Arrests 12 in Raids") tells one raid of a campaign: the next
 * raid of the same sides, days later with another count, is another item of the series, not the same story.
 */
class RaidsOfACampaignTest {
    private static String day(int fromStart) {
        return LocalDate.of(2023, 5, 1).plusDays(fromStart).toString();
    }

    @Test
    void aHeadlineCountingThePeopleADeedTookTellsOneRaid() {
        assertThat(ThreadFeatures.countedDeed("Ruritanian Army Arrests 12 Velmarians")).isTrue();
        assertThat(ThreadFeatures.countedDeed("Two Velmarians Killed in Air Strike")).isTrue();
        assertThat(ThreadFeatures.countedDeed("Velmarians Arrested by Ruritanian Army")).isFalse();
        // a year is no count
        assertThat(ThreadFeatures.countedDeed("Floods of 2019 Killed Cattle")).isFalse();
        assertThat(ThreadFeatures.countedDeed("Army Holds 12 Drills")).isFalse();
    }

    @Test
    void raidsOfOneArmyOnOtherDaysWithOtherCountsAreItemsOfASeries() {
        Connected c = Connector.connect(raids("Ruritanian Army Arrests %d Velmarians in Border Raid"));
        assertThat(c.threads()).noneMatch(t -> t.articles().stream().filter(x -> x.startsWith("r")).count() > 1);
    }

    @Test
    void theSameReportsWithoutACountStillMakeOneThread() {
        // the rule, not the sides or words, is what keeps the counted raids apart
        Connected c = Connector.connect(raids("Ruritanian Army Arrests Velmarians in Border Raid%s"));
        assertThat(c.threads()).anyMatch(t -> t.articles().stream().filter(x -> x.startsWith("r")).count() > 1);
    }

    private static List<Annotated> raids(String headline) {
        Entity army = body("Ruritanian Army");
        Entity velmar = state("Velmar", "VEL");
        int[] counts = {12, 22, 21};
        List<Annotated> batch = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            String h = headline.contains("%d") ? String.format(headline, counts[i]) : String.format(headline, "");
            batch.add(headlined("r" + i, day(4 * i), h, army, velmar));
        }
        for (int i = 0; i < 40; i++) batch.add(headlined("n" + i, day(i % 30), "Harvest item " + i, state("Ruritania", "RUR")));
        return batch;
    }
}
