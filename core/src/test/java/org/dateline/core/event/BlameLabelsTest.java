package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.Accusations.assertAccuses;
import static org.dateline.core.event.Accusations.assertNoAccusation;
import static org.dateline.core.event.EventFixture.eventsOf;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Labels and predicates of blame of conduct: a verb of naming whose second object is any word of blame ("branded the
 * minister a coward", "called the governor's budget a cynical ploy"), a reported clause whose predicate is one
 * ("said the police were violent"), a paper's blame of a foreign state's body named by its nationality ("the Chilean
 * authorities"); and what is no blame: a label given no party, a word of blame that is only the object of a deed
 * ("said the police investigated the crime"). Sentences written for this test.
 */
class BlameLabelsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStoryFrom("London", body); }

    @Test void brandingAMinisterACowardDenouncesTheMinister() {
        assertAccuses(code("The opposition leader Keir Hartley branded Prime Minister Boris Whitfield a coward on Monday."),
                "Hartley", "Whitfield");
    }

    @Test void callingARivalsBudgetACynicalPloyIsADenunciation() {
        List<Event> es = code("The opposition leader Keir Hartley called Prime Minister Boris Whitfield's budget a cynical ploy.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> p.name() != null && p.name().contains("Hartley")));
    }

    @Test void callingTheWeatherACynicalPloyDenouncesNoOne() {
        assertNoAccusation(code("The farmer Keir Hartley called the spring weather a cynical ploy."));
    }

    @Test void sayingThePoliceWereViolentAccusesThePolice() {
        List<Event> es = code("The lawyer Keir Hartley said the police had been violent with the protesters.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> p.name() != null && p.name().contains("Hartley")));
    }

    @Test void sayingAWriterRecountedACrimeAccusesNoOne() {
        assertNoAccusation(code("The lawyer Keir Hartley said the novelist Jane Roe had recounted the crime in her book."));
    }

    @Test void sayingARulingOutragedResidentsAccusesNoOne() {
        assertNoAccusation(code("The lawyer Keir Hartley said the ruling had outraged residents of the town."));
    }

    @Test void aPaperBlamingAStatesAuthoritiesByTheirNationalityAccusesThatState() {
        eventsOf("The Chilean authorities' pursuit of the border policy is a treacherous one, warns the Bolivian newspaper La Razon Sunday in a bylined article.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "BOL", "CHL"));
    }

    @Test void aPaperNamedBeforeItsDayAfterTheWordsItWarnsOfAccusesTheirTarget() {
        eventsOf("The Chilean authorities' pursuance of the policy of confrontation is a treacherous one and leads to their self-destruction, warns Rodong Sinmun Sunday in a bylined article.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "PRK", "CHL"));
    }
}
