package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * An actor owned by a possessive pronoun ("their government", "its troops", "his government") is of the state of the
 * party the pronoun agrees with, the subject of its clause, not of a state named elsewhere in the sentence nor of
 * the state the story's headline sets it in.
 */
class PossessorsTest {
    private static List<Event> code(String headline, String body) {
        Article a = new Article("t", "test", null, headline, null, null, null, null, "2012-06-04", false, List.of(),
                null, null, "en", body, "");
        return GoldEvents.PIPELINE.annotate(a).events();
    }

    private static List<Participant> recipients(List<Event> es) {
        return es.stream().flatMap(e -> e.recipients().stream()).toList();
    }

    private static List<Participant> everyone(List<Event> es) {
        return es.stream().flatMap(e -> Stream.concat(e.actors().stream(), e.recipients().stream())).toList();
    }

    @Test void theirGovernmentIsTheStateOfTheSubjectThePronounAgreesWith() {
        List<Event> es = code("Fishing Quotas", "The Norwegian fishermen accused their government of betrayal on Monday.");
        assertThat(recipients(es)).as(GoldEvents.describe(es))
                .anyMatch(p -> p.name().toLowerCase().contains("government") && "NOR".equals(p.country()));
    }

    @Test void aStateNamedInTheChargeDoesNotOwnThePoliticians() {
        List<Event> es = code("Bases", "The Danish people accuse their politicians of bowing to the U.S. pressure.");
        assertThat(recipients(es)).as(GoldEvents.describe(es))
                .anyMatch(p -> p.name().contains("politicians") && "DNK".equals(p.country()))
                .noneMatch(p -> p.name().contains("politicians") && "USA".equals(p.country()));
    }

    @Test void hisGovernmentIsThatOfTheLeaderWhoseClauseItIsIn() {
        List<Event> es = code("Reforms", "The Chilean president praised his government for the reforms on Monday.");
        assertThat(recipients(es)).as(GoldEvents.describe(es))
                .anyMatch(p -> p.name().toLowerCase().contains("government") && "CHL".equals(p.country()));
    }

    @Test void itsTroopsAreTheSubjectsNotThoseOfTheStateTheHeadlineSetsTheStoryIn() {
        List<Event> es = code("Troops Sent Again to Afghanistan",
                "The south Korean authorities dispatched its troops again to this country on Monday.");
        assertThat(everyone(es)).as(GoldEvents.describe(es))
                .noneMatch(p -> p.name().contains("troops") && "AFG".equals(p.country()));
    }

    @Test void hisGovernmentIsNotTheStateOfSeveralSubjects() {
        List<Event> es = code("Talks", "The Peruvian and Chilean envoys praised his government on Monday.");
        // the praise is coded, its government recipient is there: only its state is left open
        assertThat(recipients(es)).as(GoldEvents.describe(es))
                .anyMatch(p -> p.name().toLowerCase().contains("government"))
                .noneMatch(p -> p.name().toLowerCase().contains("government") && p.country() != null);
    }
}
