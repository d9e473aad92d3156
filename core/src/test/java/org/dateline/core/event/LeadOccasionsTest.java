package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A lead that tells an act without its day takes the day of the occasion the next sentences tell it was done at: a
 * document its actor issued, a gathering it held; on sentences written for this test
 * (published Wednesday 10 May 2023).
 */
class LeadOccasionsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void aDenunciationTakesTheDayOfTheStatementItsActorIssuedNext() {
        List<Event> es = code("The Chilean Workers Federation denounced the government for its mass layoffs.\n\n"
                + "It issued a statement on May 4.");
        assertThat(DatedEvents.byType(es, "ACCUSE").date()).isEqualTo("2023-05-04");
    }

    @Test void aCondemnationTakesTheDayOfTheRallyItsActorHeldTwoSentencesOn() {
        List<Event> es = code("The Peruvian Teachers Union condemned the ministry for the closure of rural schools.\n\n"
                + "The union has more than 200 branches.\n\n"
                + "They held a rally in the main square of Lima on May 2.");
        assertThat(DatedEvents.byType(es, "ACCUSE").date()).isEqualTo("2023-05-02");
    }

    /** A guard: the day of the act the denunciation is about is not the denunciation's day. */
    @Test void theDayOfTheDenouncedActIsNotTheDenunciationsDay() {
        List<Event> es = code("The Chilean Workers Federation denounced the government for its mass layoffs.\n\n"
                + "The ministry dismissed 3,000 workers on May 2.");
        assertThat(DatedEvents.byType(es, "ACCUSE").date()).isNotEqualTo("2023-05-02");
    }

    /** A guard: a day the story names after another dated sentence is no occasion of the lead. */
    @Test void aStatementAfterAnotherDatedSentenceDoesNotDateTheLead() {
        List<Event> es = code("The Chilean Workers Federation denounced the government for its mass layoffs.\n\n"
                + "The layoffs began on April 3.\n\n"
                + "It issued a statement on May 4.");
        assertThat(DatedEvents.byType(es, "ACCUSE").date()).isNotEqualTo("2023-05-04");
    }

    /** A guard: another body's statement is not the occasion of the lead actor's act. */
    @Test void anotherBodysStatementDoesNotDateTheLead() {
        List<Event> es = code("The Chilean Workers Federation denounced the government for its mass layoffs.\n\n"
                + "The Argentine embassy issued a statement on May 4.");
        assertThat(DatedEvents.byType(es, "ACCUSE").date()).isNotEqualTo("2023-05-04");
    }
}
