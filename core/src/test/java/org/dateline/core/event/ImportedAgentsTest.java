package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/** A nationality adjective with an agent noun makes an actor with country and sector. Invented sentences. */
class ImportedAgentsTest {
    private static List<Participant> actors(String body) {
        return GoldEvents.codeStory(body).stream().flatMap(e -> e.actors().stream()).toList();
    }

    @Test void aNationalityWithAnImportedAgentNounGivesCountryAndSector() {
        assertThat(actors("Somali pirates seized a Greek tanker off the coast on Friday."))
                .anyMatch(p -> "SOM".equals(p.country()) && "CRM".equals(p.sector()));
        assertThat(actors("Nigerian lawmakers denounced the finance minister on Tuesday."))
                .anyMatch(p -> "NGA".equals(p.country()) && "LEG".equals(p.sector()));
    }

    @Test void policeAreCodedAsPolice() {
        assertThat(actors("Kenyan police arrested two Somali journalists in Nairobi on Monday."))
                .anyMatch(p -> "KEN".equals(p.country()) && "COP".equals(p.sector()));
    }

    @Test void anImportedAgentNounWithoutACountryNamesNobody() {
        assertThat(actors("Pirates seized a tanker on Friday."))
                .noneMatch(p -> "CRM".equals(p.sector()));
    }

    @Test void importedSectorsAreTheFirstThreeLettersOfTheCode() {
        assertThat(ImportedAgents.sectorOf("legislators")).isEqualTo("LEG");
        assertThat(ImportedAgents.sectorOf("nobody-at-all")).isNull();
    }
}
