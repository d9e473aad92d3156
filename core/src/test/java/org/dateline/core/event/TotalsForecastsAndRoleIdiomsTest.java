package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Acts summed up over a span of time are a total, no event; an agentless future passive is a forecast, no threat made;
 * abusing one's authority and being involved in a war are no attacks. The single acts beside them stay. Invented
 * sentences.
 */
class TotalsForecastsAndRoleIdiomsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void killingsCountedSinceAStartingPointAreATotal() {
        assertThat(code("More than 300 civilians have been killed by the occupation forces in the province since the invasion began in 2009."))
                .noneMatch(e -> e.type() == EventType.ASSAULT);
        assertThat(code("The number of soldiers killed in the country since January rose to 120."))
                .noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void killingsCountedSinceTheStartOfAWarAreATotal() {
        assertThat(code("At least 40 nurses have been killed in Darfur since the start of the war."))
                .noneMatch(e -> e.type() == EventType.ASSAULT);
        assertThat(code("Hundreds of reporters have been detained in Myanmar since the outbreak of the fighting."))
                .noneMatch(e -> e.type() == EventType.COERCE);
    }

    @Test void actsSummedOverYearsOrACenturyAreATotal() {
        assertThat(code("Over the past ten years the regime has arrested thousands of dissidents across the country."))
                .noneMatch(e -> e.type() == EventType.COERCE);
        assertThat(code("Over half a century the two governments have supported the reactionary regime."))
                .noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test void aSingleActWithItsDayOrItsTermStaysAnEvent() {
        assertThat(code("The court jailed the activist for ten years on Monday."))
                .anyMatch(e -> e.type() == EventType.COERCE);
        assertThat(code("The Chilean minister visited China last year."))
                .anyMatch(e -> e.type() == EventType.CONSULT);
        assertThat(code("Gunmen killed two soldiers in the town on Monday."))
                .anyMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void noActsSinceAStartingPointIsANegationNoTotal() {
        List<Event> es = code("Chile and Bolivia have held no formal talks since their presidents met in March.");
        assertThat(es).as(es.toString())
                .anyMatch(e -> e.type() == EventType.CONSULT && e.status() == EventStatus.NEGATED);
    }

    @Test void aDisasterThatWillBeImposedWithNoAgentIsNoThreatMade() {
        assertThat(code("The paper said that a terrible disaster will be imposed upon the nation in the long run."))
                .noneMatch(e -> e.type() == EventType.THREATEN && e.status() == EventStatus.OCCURRED);
    }

    @Test void aStateThatWillImposeSanctionsStillThreatens() {
        assertThat(code("Japan will impose sanctions on the country, the minister said."))
                .anyMatch(e -> e.type() == EventType.THREATEN && e.status() == EventStatus.OCCURRED);
    }

    @Test void abusingOnesAuthorityIsNoAssault() {
        assertThat(code("The officers abused their authority to enrich themselves, the paper said."))
                .noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void abusingPrisonersStillIsAnAssault() {
        assertThat(code("The guards abused the prisoners in the camp on Monday."))
                .anyMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void beingInvolvedInAWarIsNoAttack() {
        assertThat(code("Several Peruvian generals were involved in the war, the historian said."))
                .noneMatch(e -> e.type() == EventType.ASSAULT);
    }
}
