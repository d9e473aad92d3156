package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The public keys agree with what the Connector itself compares. */
class ConnectKeysTest {
    private static final String STORY = "The finance ministers of the two neighbours met in Busan on Monday to discuss "
            + "a currency swap line that lapsed last year. Officials said the talks lasted three hours and ended with "
            + "an agreement to set up a working group on trade in semiconductors and rare earths.";

    @Test
    void spellingsOfOneNameGiveOneKeyAndOtherNamesAnother() {
        assertThat(ConnectKeys.nameKey("Kim Jong-un")).isEqualTo(ConnectKeys.nameKey("kim jong un"));
        assertThat(ConnectKeys.nameKey("Lee Do-hoon")).isNotEqualTo(ConnectKeys.nameKey("Kim Jong-un"));
    }

    @Test
    void aRevisionNearDuplicatesJoinsSharesABandWithItsStory() {
        String refile = STORY.replace("three hours", "nearly four hours") + " Markets rose.";
        NearDuplicates d = new NearDuplicates();
        d.add(Fixtures.article("a", "2023-05-08", "Ministers discuss swap line", STORY));
        assertThat(d.add(Fixtures.article("b", "2023-05-08", "Ministers discuss swap line", refile, "(LEAD)")))
                .contains("a");

        Set<String> shared = new HashSet<>(ConnectKeys.nearDuplicateBands(STORY));
        shared.retainAll(ConnectKeys.nearDuplicateBands(refile));
        assertThat(shared).isNotEmpty();
    }

    @Test
    void anUnrelatedBodySharesNoBandAndATooShortOneHasNone() {
        List<String> other = ConnectKeys.nearDuplicateBands("Exporters of semiconductors said on Tuesday they doubted "
                + "that a new working group would ease shortages, a trade association official said in Seoul.");
        assertThat(other).doesNotContainAnyElementsOf(ConnectKeys.nearDuplicateBands(STORY));
        assertThat(ConnectKeys.nearDuplicateBands("Talks ended. More soon.")).isEmpty();
    }
}
