package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.Accusations.assertAccuses;
import static org.dateline.core.event.Accusations.assertNoAccusation;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * A harm told with its cause, the cause a party or a party's deed ("said the danger of war is growing due to the
 * moves of X", "said the crisis was attributable to X's policy"): the speaker blames that party though no word of
 * blame is there. A cause that is no one (the weather, a recession), a good outcome, a forecast or a denial blames no
 * one. Sentences written for this test.
 */
class CausedHarmBlameTest {
    private static List<Event> code(String body) { return GoldEvents.codeStoryFrom("Cairo", body); }

    @Test void aHarmToldAsDueToAPartysMovesBlamesThatParty() {
        assertAccuses(code("The Egyptian foreign minister said on Monday that the danger of war is growing "
                + "due to the moves of Libya."), "Egypt", "Libya");
    }

    @Test void aCrisisAttributableToAStatesPolicyBlamesTheState() {
        assertAccuses(code("The Egyptian foreign minister said that this tragic crisis is attributable to Libya's policy "
                + "of confrontation."), "Egypt", "Libya");
    }

    @Test void aCollapseOwingToAGovernmentBlamesIt() {
        assertAccuses(code("The Egyptian foreign minister said that the talks were brought to collapse owing to the "
                + "Libyan government."), "Egypt", "Libya");
    }

    @Test void aHarmCausedByTheWeatherBlamesNoOne() {
        assertNoAccusation(code("The Egyptian foreign minister said that the crisis in the region is due to the drought."));
    }

    @Test void aGoodOutcomeDueToAStateIsNoBlame() {
        assertNoAccusation(code("The Egyptian foreign minister said that the talks were a success due to the efforts of Libya."));
    }

    @Test void aHarmForetoldIsNoBlameLaid() {
        assertNoAccusation(code("The Egyptian foreign minister said that a crisis could erupt due to the moves of Libya."));
    }

    @Test void aPassiveBlameWhoseSubjectNamesNoOneTakesNoPartyFromAPhraseOfNoCause() {
        // no cause phrase: the stagers of the drills are what is blamed, never the ones who blame
        assertThat(GoldEvents.codeStoryFrom("Pyongyang", "Reckless naval drills staged by the U.S. and Japanese forces "
                + "came under fire by Ri Chol Man, chairman of the Youth League of Koreans in China."))
                .filteredOn(e -> e.type() == EventType.ACCUSE)
                .allSatisfy(e -> assertThat(e.actors()).extracting(Participant::name).doesNotContain("United States", "Japan"));
    }
}
