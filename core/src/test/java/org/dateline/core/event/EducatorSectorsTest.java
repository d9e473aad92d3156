package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.junit.jupiter.api.Test;

/**
 * The sector of an actor named by a common noun is what the noun says its people are ({@code actor-nouns.tsv}):
 * teachers, professors and pupils are a school's people (CAMEO EDU), not wage labour; on sentences written for this
 * test.
 */
class EducatorSectorsTest {

    @Test void teachersWhoDenounceAGovernmentActForEducation() {
        eventsOf("Peruvian teachers denounced the Chilean government on Monday.")
                .anyMatch(e -> GoldEvents.actedBy(e, "ACCUSE", "PER")
                        && e.actors().stream().anyMatch(p -> "EDU".equals(p.sector())));
    }

    @Test void professorsWhoAccuseAGovernmentActForEducation() {
        eventsOf("Bolivian professors accused the Peruvian government of lying about the border on Monday.")
                .anyMatch(e -> GoldEvents.actedBy(e, "ACCUSE", "BOL")
                        && e.actors().stream().anyMatch(p -> "EDU".equals(p.sector())));
    }

    @Test void theTeachersUnionStaysLabour() {
        eventsOf("The Peruvian teachers' union denounced the education ministry on Monday.")
                .noneMatch(e -> e.actors().stream().anyMatch(p -> "EDU".equals(p.sector()) && p.name().toLowerCase().contains("union")));
    }
}
