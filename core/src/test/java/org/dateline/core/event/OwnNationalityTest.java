package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * A participant's own words say where it is from before the story's place does: a nationality written before a
 * common noun, shared by a bare noun coordinated after it, a state named in the body a person chairs; a generic
 * modifier ("world", "foreign") places a group in no one state.
 */
class OwnNationalityTest {
    private static List<Event> code(String body) {
        Article a = new Article("t", "test", null, null, null, "KCNA", null, null, "2012-06-04", false, List.of(), null,
                null, "en", body, "");
        return GoldEvents.PIPELINE.annotate(a).events();
    }

    private static List<Participant> everyone(List<Event> es) {
        return es.stream().flatMap(e -> java.util.stream.Stream.concat(e.actors().stream(), e.recipients().stream())).toList();
    }

    @Test void aBareNounCoordinatedAfterANationalNounSharesItsNationality() {
        List<Event> es = code("Pyongyang, June 4 (KCNA) -- The Cuban government and people denounced the blockade on Monday.");
        assertThat(everyone(es)).as(GoldEvents.describe(es)).anyMatch(p -> "people".equals(p.name()) && "CUB".equals(p.country()))
                .noneMatch(p -> "PRK".equals(p.country()));
    }

    @Test void aNationalityBeforeTheGroupOutranksTheStorysPlace() {
        List<Event> es = code("Pyongyang, June 4 (KCNA) -- The Finnish progressive people highly praised the feats of the President.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.actors().stream()
                .anyMatch(p -> p.name().contains("progressive people") && "FIN".equals(p.country())));
    }

    @Test void theChairmanOfABodyOfDemocraticCongoIsCongolese() {
        List<Event> es = code("Pedro Alves, chairman of the Group for the Study of the Juche Idea of Democratic Congo, "
                + "praised the leader as a veteran statesman.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.actors().stream()
                .anyMatch(p -> p.name().contains("Alves") && "COD".equals(p.country())));
    }

    @Test void theWorldsPeopleAreOfNoOneState() {
        List<Event> es = code("The leader brought liberation to the Korean people. The world progressive people praised "
                + "the leader on Monday.");
        assertThat(everyone(es)).as(GoldEvents.describe(es))
                .noneMatch(p -> p.name().contains("progressive") && "PRK".equals(p.country()));
    }
}
