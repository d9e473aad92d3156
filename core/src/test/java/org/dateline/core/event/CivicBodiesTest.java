package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/** Which mentions are civil society's named bodies or their officers; on names written for this test. */
class CivicBodiesTest {
    private static Entity org(String name) {
        return new Entity(name, EntityType.ORGANIZATION, 0, name.length(), null, null, null, null, 0);
    }

    @Test void aFederationOrASocietyNamedByItsOwnNameIsACivicBody() {
        assertThat(CivicBodies.civic(org("National Tenants Federation"), "National Tenants Federation said.")).isTrue();
        assertThat(CivicBodies.civic(org("Borsk Society of Beekeepers"), "Borsk Society of Beekeepers said.")).isTrue();
    }

    @Test void aClubAFirmAPartyOrAMinistryIsNoCivicBody() {
        assertThat(CivicBodies.civic(org("Borsk Shooting Club"), "Borsk Shooting Club said.")).isFalse();
        assertThat(CivicBodies.civic(org("Borsk Trading Company"), "Borsk Trading Company said.")).isFalse();
        assertThat(CivicBodies.civic(org("Green Party of Ruritania"), "Green Party of Ruritania said.")).isFalse();
        assertThat(CivicBodies.civic(org("Ministry of Fisheries"), "Ministry of Fisheries said.")).isFalse();
    }

    @Test void theOfficerOfACivicBodyIsOneOfItsPeopleAndACitizenAloneIsNot() {
        String body = "Laura Penn, deputy director of the National Tenants Federation, said so.";
        Entity officer = new Entity("Laura Penn", EntityType.PERSON, 0, 10, "Laura Penn", null, "GOV",
                "deputy director of the National Tenants Federation", 0);
        assertThat(CivicBodies.civic(officer, body)).isTrue();
        Entity citizen = new Entity("Laura Penn", EntityType.PERSON, 0, 10, "Laura Penn", null, "CVL", null, 0);
        assertThat(CivicBodies.civic(citizen, "Laura Penn said so.")).isFalse();
    }
}
