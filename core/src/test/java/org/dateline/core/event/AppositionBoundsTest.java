package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.model.Entity;
import org.junit.jupiter.api.Test;

/**
 * A role belongs to a person only when it stands in apposition to the name: not when the comma before the name closes a
 * clause, nor when the name ends the "of" phrase of someone else's title and the role after it is the next item of a
 * list of title holders.
 */
class AppositionBoundsTest {
    private static Entity person(String body, String name) {
        return GoldEvents.personIn(body, name);
    }

    @Test
    void aTitleWhoseCommaClosesAClauseIsNotTheRoleOfTheSubjectAfterIt() {
        Entity p = person("When accepting the painting from the visiting mayor, Tomas Herrera thanked him warmly.",
                "Herrera");
        assertThat(p.role()).isNull();
    }

    @Test
    void aTitleInAppositionSetOffOnBothSidesIsStillTheRole() {
        Entity p = person("The talks were opened by his Chilean counterpart, Tomas Herrera, on Monday.", "Herrera");
        assertThat(p.role()).contains("counterpart");
    }

    @Test
    void aRoleAfterANameInsideAnotherHoldersBodyNameIsTheNextHoldersRole() {
        Entity p = person("Wreaths were sent by the secretary of the Society for the Study of Works of Comrade Ivan "
                + "Petrov, the chairman of the Lima Friendship Association, and the director of a museum.", "Petrov");
        assertThat(p.role()).isNull();
    }

    @Test
    void aRoleInAppositionAfterANameOutsideAnyTitleIsStillTheRole() {
        Entity p = person("Wreaths were sent by Ivan Petrov, the chairman of the Lima Friendship Association, on "
                + "Monday.", "Petrov");
        assertThat(p.role()).contains("chairman");
    }

    @Test
    void aNameCoordinatedAfterAnotherHoldersTitleKeepsItsOwnApposition() {
        Entity p = person("Guests included the chairman of the Harbour Trust of Peru and Ivan Petrov, the director of "
                + "the Lima Friendship Association.", "Petrov");
        assertThat(p.role()).contains("director");
    }
}
