package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.model.Entity;
import org.junit.jupiter.api.Test;

/**
 * A state named inside a "with" phrase of a person's title is the partner of the body the person heads ("friendship
 * with", "solidarity with"), not the person's own state; a state that owns the body still places the person.
 */
class RolePartnerStatesTest {
    private static Entity person(String body, String name) {
        return GoldEvents.personIn(body, name);
    }

    @Test void aStateAfterWithInATitleIsNotTheHoldersState() {
        Entity p = person("Ana Ferreira, president of the Association for Friendship with the Vietnamese People, "
                + "praised the new reforms on Monday.", "Ferreira");
        assertThat(p.country()).isNotEqualTo("VNM");
    }

    @Test void aStateOfThePartnerPeopleAfterWithIsNotTheHoldersStateEither() {
        Entity p = person("Pedro Alves, secretary of the Committee of Solidarity with the People of Laos, "
                + "welcomed the new trade accord on Monday.", "Alves");
        assertThat(p.country()).isNotEqualTo("LAO");
    }

    @Test void aStateThatOwnsTheBodyStillPlacesItsHead() {
        Entity p = person("Tran Van Minh, president of the Vietnamese Association for Friendship with Peru, "
                + "praised the new reforms on Monday.", "Tran Van Minh");
        assertThat(p.country()).isEqualTo("VNM");
    }

    @Test void aStateAfterOfInATitleStillPlacesThePerson() {
        Entity p = person("John Okello, chairman of the Friendship Society of Kenya, praised the new reforms on Monday.",
                "Okello");
        assertThat(p.country()).isEqualTo("KEN");
    }
}
