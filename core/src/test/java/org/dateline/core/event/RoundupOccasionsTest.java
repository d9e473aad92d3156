package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A lead that tells gatherings held or statements issued on a date opens an occasion of many speakers: what each
 * speaker the next sentences quote says was said there, on its date; on sentences written for this test (published
 * Wednesday 10 May 2023).
 */
class RoundupOccasionsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void aSpeakerAtSeminarsHeldOnADaySaysOnThatDay() {
        List<Event> es = code("Seminars were held in Peru and Nigeria on May 4 to mark the anniversary of the party.\n\n"
                + "The secretary of the Nigerian Labour Congress said the Canadian government must lift its sanctions.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isEqualTo("2023-05-04");
    }

    @Test void aSpeakerOfStatementsIssuedOverThreeDaysSaysInThatMonth() {
        List<Event> es = code("Organizations of different countries issued statements between April 4 and 6 on the crisis.\n\n"
                + "They included unions of Peru and Ghana.\n\n"
                + "The Peruvian Federation of Workers said the Canadian government must lift its sanctions.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isEqualTo("2023-04");
    }

    /** A guard: a sentence naming another time ends the roundup. */
    @Test void aSayingAfterAnotherDatedSentenceDoesNotTakeTheSeminarsDay() {
        List<Event> es = code("Seminars were held in Peru and Nigeria on May 4 to mark the anniversary of the party.\n\n"
                + "A film show followed in Lima on Monday.\n\n"
                + "The secretary of the Nigerian Labour Congress said the Canadian government must lift its sanctions.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isNotEqualTo("2023-05-04");
    }

    /** A guard: gatherings told later in the story, not in its lead, open no roundup. */
    @Test void seminarsToldAfterTheLeadOpenNoRoundup() {
        List<Event> es = code("The Nigerian Labour Congress marked the anniversary of the party.\n\n"
                + "Seminars were held in Peru and Nigeria on May 4.\n\n"
                + "The secretary of the Nigerian Labour Congress said the Canadian government must lift its sanctions.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isNotEqualTo("2023-05-04");
    }

    /** A guard: an attack a roundup's speaker tells of is no speech act and keeps no date of the roundup. */
    @Test void anAttackASpeakerTellsOfDoesNotTakeTheSeminarsDay() {
        List<Event> es = code("Seminars were held in Peru and Nigeria on May 4 to mark the anniversary of the party.\n\n"
                + "The secretary of the Nigerian Labour Congress said rebels attacked a police station in the town of Jos.");
        assertThat(DatedEvents.byType(es, "ASSAULT").date()).isNotEqualTo("2023-05-04");
    }

    @Test void aMessageAdoptedAtTheGatheringsTakesTheirMonth() {
        List<Event> es = code("Seminars were held in Peru and Nigeria between April 4 and 6 to mark the anniversary of the party.\n\n"
                + "The secretary of the Nigerian Labour Congress said the party had led the country well.\n\n"
                + "A message to Nelson Mandela was adopted at the seminar in Nigeria.");
        assertThat(es).anySatisfy(e -> {
            assertThat(e.trigger()).isEqualTo("adopted");
            assertThat(e.date()).isEqualTo("2023-04");
        });
    }

    /** The year the gatherings were held in, named by a speaker, is no other time: the roundup goes on. */
    @Test void aSpeakerAfterOneWhoNamedTheGatheringsYearStillSpeaksThere() {
        List<Event> es = code("Seminars were held in Peru and Nigeria on May 4 to mark the anniversary of the party.\n\n"
                + "The chairman of the Peruvian committee said the plan for 2023 is a plan of victory.\n\n"
                + "The secretary of the Nigerian Labour Congress said the Canadian government must lift its sanctions.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isEqualTo("2023-05-04");
    }

    /** A guard: another year named in between does end the roundup. */
    @Test void aSpeakerAfterOneWhoNamedAnotherYearDoesNotSpeakThere() {
        List<Event> es = code("Seminars were held in Peru and Nigeria on May 4 to mark the anniversary of the party.\n\n"
                + "The chairman of the Peruvian committee said the party was founded in 1998 by workers.\n\n"
                + "The secretary of the Nigerian Labour Congress said the Canadian government must lift its sanctions.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isNotEqualTo("2023-05-04");
    }
}
