package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * A body of friendship between two states is named by its own state first: the leader of a delegation of the
 * "Peru-DPRK Friendship Society" is Peruvian, not of the state the friendship is with.
 */
class BilateralBodiesTest {
    private static List<Event> code(String body) {
        Article a = new Article("t", "test", null, "Wreath Laid", null, null, null, null, "2012-04-20", false, List.of(),
                null, null, "en", body, "");
        return GoldEvents.PIPELINE.annotate(a).events();
    }

    private static List<Participant> everyone(List<Event> es) {
        return es.stream().flatMap(e -> Stream.concat(e.actors().stream(), e.recipients().stream())).toList();
    }

    @Test void theLeaderOfADelegationOfAFriendshipBodyIsOfTheStateNamedFirst() {
        List<Event> es = code("A delegation of the Peru-DPRK Friendship Lima Circle headed by Director Tomas Quispe "
                + "laid a wreath before the monument on Monday.");
        assertThat(everyone(es)).as(GoldEvents.describe(es))
                .anyMatch(p -> p.name().contains("Quispe") && "PER".equals(p.country()))
                .noneMatch(p -> p.name().contains("Quispe") && "PRK".equals(p.country()));
    }

    @Test void theChairmanNamedWithAFriendshipGroupIsOfTheStateNamedFirst() {
        List<Event> es = code("Tomas Quispe, chairman of the Peru-DPRK Friendship Group, praised the Korean people on Monday.");
        assertThat(everyone(es)).as(GoldEvents.describe(es))
                .anyMatch(p -> p.name().contains("Quispe") && "PER".equals(p.country()));
    }
}
