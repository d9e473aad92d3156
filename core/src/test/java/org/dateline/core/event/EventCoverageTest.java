package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * Vocabulary and grammar the PLOVER review added, on sentences written for this test: actors named by common nouns
 * and plural demonyms, obligations reported with "must", intention adjectives, refused intentions, recipients
 * through possessors and places, and unattributed attacks.
 */
class EventCoverageTest {
    private static List<Event> code(String body) {
        Article a = new Article("t", "test", null, null, null, null, null, null, "2023-05-10", false, List.of(), null,
                null, "en", body, "");
        return GoldEvents.PIPELINE.annotate(a).events();
    }

    private static boolean has(List<Participant> ps, String country) {
        return ps.stream().anyMatch(p -> country.equals(p.country()));
    }

    @Test
    void commonNounsAndPluralDemonymsAreActors() {
        List<Event> es = code("Hundreds of students in Ecuador staged demonstrations on Monday. "
                + "Palestinians protested against the new barrier on Tuesday.");
        assertThat(es).anyMatch(e -> e.type() == EventType.PROTEST && has(e.actors(), "ECU"));
        assertThat(es).anyMatch(e -> e.type() == EventType.PROTEST && has(e.actors(), "PSE"));
    }

    @Test
    void reportedObligationIsARequestOfTheClauseSubject() {
        List<Event> es = code("Germany's foreign minister said on Monday that Iran must release the detained sailors.");
        assertThat(es).anyMatch(e -> e.type() == EventType.REQUEST && has(e.actors(), "DEU") && has(e.recipients(), "IRN"));
    }

    @Test
    void intentionAdjectivesAndRefusals() {
        List<Event> es = code("Turkey is ready to withdraw its troops from Cyprus. "
                + "Egypt will not accept the proposal, a spokesman said.");
        assertThat(es).anyMatch(e -> e.type() == EventType.AGREE && has(e.actors(), "TUR") && has(e.recipients(), "CYP"));
        assertThat(es).noneMatch(e -> e.type() == EventType.RETREAT && has(e.actors(), "TUR"));
        assertThat(es).anyMatch(e -> e.type() == EventType.REJECT && has(e.actors(), "EGY"));
    }

    @Test
    void recipientsThroughPossessorsAndPlaces() {
        List<Event> es = code("Chile praised Peru's efforts to curb smuggling. "
                + "Kenya lifted the curfew in Nairobi on Sunday.");
        assertThat(es).anyMatch(e -> e.type() == EventType.SUPPORT && has(e.actors(), "CHL") && has(e.recipients(), "PER"));
        assertThat(es).anyMatch(e -> e.actors().stream().anyMatch(p -> "KEN".equals(p.country()))
                && Set.of(EventType.RETREAT, EventType.CONCEDE).contains(e.type()) && has(e.recipients(), "KEN"));
    }

    @Test
    void anAttackWithoutANamedAuthorIsCodedAsUnidentifiedAttackers() {
        List<Event> es = code("A roadside bomb killed three Nigerian soldiers near Maiduguri on Sunday.");
        assertThat(es).anyMatch(e -> e.type() == EventType.ASSAULT && has(e.recipients(), "NGA")
                && e.actors().stream().anyMatch(p -> p.name().equals("unidentified attackers")));
    }

    @Test
    void aBodyOfStatesActsAsTheGovernmentsItIsMadeOf() {
        List<Event> es = code("The U.N. Security Council condemned the attack on the embassy in Kabul on Monday.");
        assertThat(es).anyMatch(e -> e.actors().stream().anyMatch(p -> "IGO".equals(p.country()) && "GOV".equals(p.sector())));
    }
}
