package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * An organisation the recogniser cuts before a chain of "of" phrases ("the Central Committee of the Workers' Front of
 * Chile") is of the state that ends the chain; a lower-case word breaks the chain, so no state is taken across it.
 */
class OrganisationChainStatesTest {
    private static List<Event> code(String body) {
        Article a = new Article("t", "test", null, "Statement Issued", null, null, null, null, "2012-06-04", false,
                List.of(), null, null, "en", body, "");
        return GoldEvents.PIPELINE.annotate(a).events();
    }

    private static List<Participant> actors(List<Event> es) {
        return es.stream().flatMap(e -> e.actors().stream()).toList();
    }

    @Test void aCommitteeOfAFrontOfAStateIsOfThatState() {
        List<Event> es = code("The Central Committee of the Popular Liberation Front of Peru denounced the new mining law on Monday.");
        assertThat(actors(es)).as(GoldEvents.describe(es)).anyMatch(p -> "PER".equals(p.country()));
    }

    @Test void aChainWhoseNameHasAnAndStillReachesTheState() {
        List<Event> es = code("The Central Committee of the Farmers and Fishermen's Union of Ecuador denounced the dam project on Friday.");
        assertThat(actors(es)).as(GoldEvents.describe(es)).anyMatch(p -> "ECU".equals(p.country()));
    }

    @Test void aLowerCaseWordBreaksTheChain() {
        List<Event> es = code("The Executive Council of Greenpeace in favour of Peru denounced the new mining law on Monday.");
        assertThat(actors(es)).as(GoldEvents.describe(es)).noneMatch(p -> "PER".equals(p.country()));
    }

    @Test void aChainThroughACommaListOfNamesReachesTheState() {
        List<Event> es = code("The Central Committee of the Front of Miners, Dockers and Students of Bolivia denounced the new mining law on Monday.");
        assertThat(actors(es)).as(GoldEvents.describe(es)).anyMatch(p -> "BOL".equals(p.country()));
    }

    @Test void aBodyJoinedByAndToAnotherIsNotOfTheOthersState() {
        Article a = new Article("t", "test", null, "Statement Issued", null, null, null, null, "2012-06-04", false,
                List.of(), null, null, "en", "The daily El Tiempo and Reuters of Britain reported the new mining law on Monday.", "");
        List<Entity> es = GoldEvents.PIPELINE.annotate(a).entities();
        assertThat(es).as(es.toString()).noneMatch(e -> e.text().contains("Tiempo") && "GBR".equals(e.country()));
    }
}
