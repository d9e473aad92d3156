package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** Acts voiced, not told (an obligation on a passive, a vow not to forgive, a hope for others' acts). Invented sentences. */
class RhetoricTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean typed(Event e, EventType type) { return e.type() == type; }

    @Test void anObligationLaidOnAPassiveIsACallForTheActNotTheAct() {
        assertThat(code("The smugglers who burned the Malian villages must be punished for their crimes."))
                .noneMatch(e -> typed(e, EventType.COERCE) || typed(e, EventType.ASSAULT));
        assertThat(code("The invaders of the northern valley should be wiped out by force of arms, the Laotian paper said."))
                .noneMatch(e -> typed(e, EventType.ASSAULT));
    }

    @Test void theSameActToldAsDoneIsStillCoded() {
        assertThat(code("Malian troops wiped out a column of smugglers near Gao on Monday."))
                .anyMatch(e -> typed(e, EventType.ASSAULT));
    }

    @Test void aVowNeverToForgiveRejectsNothing() {
        assertThat(code("The people of Laos will never pardon the invaders who burned their villages."))
                .noneMatch(e -> typed(e, EventType.REJECT));
        assertThat(code("The workers of Ghana can never forgive the bankers for the crisis."))
                .noneMatch(e -> typed(e, EventType.REJECT));
    }

    @Test void aBeliefThatOthersWillActIsNoPledgeOfTheSpeaker() {
        assertThat(code("He expressed belief that the Peruvian army would firmly protect the people of Peru by force of arms."))
                .noneMatch(e -> typed(e, EventType.AGREE) || typed(e, EventType.AID));
    }

    @Test void citationsConferredOnOfficialsAreNoMeeting() {
        assertThat(code("Citations were conferred on officials and other working people of Bolivia who rendered meritorious services to the country."))
                .noneMatch(e -> typed(e, EventType.CONSULT));
    }

    @Test void aPledgeOfTheSpeakersOwnIsStillCoded() {
        assertThat(code("The Chilean minister said on Monday that Chile would provide food aid to Peru."))
                .anyMatch(e -> typed(e, EventType.AGREE));
    }

    @Test void aSecondVerbSharesTheFutureOfTheFirstAndIsAThreatToo() {
        assertThat(code("The Malian army will track down the smugglers and punish them wherever they hide."))
                .anyMatch(e -> typed(e, EventType.THREATEN))
                .noneMatch(e -> typed(e, EventType.COERCE));
    }

    @Test void aConditionAVowWaitsOnHasNotHappened() {
        assertThat(code("The Malian exiles in France will go on denouncing the junta until it apologizes to the nation."))
                .noneMatch(e -> typed(e, EventType.SUPPORT));
        assertThat(code("The Laotian farmers can live in peace only when the dictator is ousted by the army."))
                .noneMatch(e -> typed(e, EventType.COERCE));
    }

    @Test void aPastActUntilWhichAnotherLastedIsStillCoded() {
        assertThat(code("The Malian rebels fought on until the army surrendered in 1995."))
                .anyMatch(e -> typed(e, EventType.CONCEDE));
    }

    @Test void anActAGovernmentWantsOrHopesToDoIsNotDone() {
        assertThat(code("The Danish government wants to deport the asylum seekers to Tunisia."))
                .noneMatch(e -> typed(e, EventType.COERCE));
        assertThat(code("Chile hopes to meet Peru's foreign minister and sign a fishing accord."))
                .noneMatch(e -> typed(e, EventType.CONSULT) || typed(e, EventType.COOPERATE));
    }

    @Test void theSameActDoneOrDecidedIsStillCoded() {
        assertThat(code("The Danish government deported the asylum seekers to Tunisia on Monday."))
                .anyMatch(e -> typed(e, EventType.COERCE));
    }
}
