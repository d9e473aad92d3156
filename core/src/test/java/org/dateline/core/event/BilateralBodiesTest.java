package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A body of friendship between two states is named by its own state first: the leader of a delegation of the
 * "Peru-DPRK Friendship Society" is Peruvian, not of the state the friendship is with.
 */
class BilateralBodiesTest {
    @Test void theLeaderOfADelegationOfAFriendshipBodyIsOfTheStateNamedFirst() {
        List<Event> es = GoldEvents.codeTitled("Wreath Laid", "A delegation of the Peru-DPRK Friendship Lima Circle headed by Director Tomas Quispe "
                + "laid a wreath before the monument on Monday.");
        assertThat(GoldEvents.everyone(es)).as(GoldEvents.describe(es))
                .anyMatch(p -> p.name().contains("Quispe") && "PER".equals(p.country()))
                .noneMatch(p -> p.name().contains("Quispe") && "PRK".equals(p.country()));
    }

    @Test void theChairmanNamedWithAFriendshipGroupIsOfTheStateNamedFirst() {
        List<Event> es = GoldEvents.codeTitled("Wreath Laid", "Tomas Quispe, chairman of the Peru-DPRK Friendship Group, praised the Korean people on Monday.");
        assertThat(GoldEvents.everyone(es)).as(GoldEvents.describe(es))
                .anyMatch(p -> p.name().contains("Quispe") && "PER".equals(p.country()));
    }
}
