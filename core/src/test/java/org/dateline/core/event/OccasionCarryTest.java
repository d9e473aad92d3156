package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * The day a lead gives a speech occasion, carried to what its speaker goes on saying in the next sentences, over the
 * constructions that give it: the day in a circumstance clause of the speech ("when interviewed on May 4", "when
 * meeting X on May 5"), the speaker named again by a word of its kind ("the organization", "the association"), a
 * gathering's speakers ("Speakers said ... They called for"); and a guard (a clause of another time, "after he was
 * released on May 4"). Sentences written for this test (published Wednesday 10 May 2023).
 */
class OccasionCarryTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void aDemandAfterALeadWhoseSpeakerWasInterviewedOnADayTakesThatDay() {
        List<Event> es = code("Kofi Mensah, a member of the Ghanaian Socialist Party, when interviewed by a broadcasting service on May 4, strongly censured the Togolese threat.\n\n"
                + "He called on the Togolese government to reopen the border.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isEqualTo("2023-05-04");
    }

    @Test void praiseAfterALeadThatSaidSoWhenMeetingAnEnvoyOnADayTakesThatDay() {
        List<Event> es = code("The reform marked a turn in the history of the region.\n\n"
                + "Amos Kariuki, chairman of the Kenyan Farmers Party, said this when meeting with the Cuban ambassador on May 5.\n\n"
                + "The chairman praised the Cuban government for its help to farmers.");
        assertThat(DatedEvents.byType(es, "SUPPORT").date()).isEqualTo("2023-05-05");
    }

    @Test void aParticipialCircumstanceOfTheSpeechDatesItToo() {
        List<Event> es = code("Speaking at a briefing in Nairobi on May 2, the Kenyan foreign minister criticized the border closure.\n\n"
                + "He called on Uganda to lift the ban on Kenyan traders.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isEqualTo("2023-05-02");
    }

    /** A guard: a clause of what befell the speaker before he spoke is no circumstance of the speech. */
    @Test void aClauseOfTheSpeakersArrestOnADayDoesNotDateWhatHeSaysLater() {
        List<Event> es = code("A member of the Ghanaian opposition, after he was released from jail on May 4, criticized the plan.\n\n"
                + "He called on the Togolese government to reopen the border.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isNotEqualTo("2023-05-04");
    }

    @Test void theOrganizationNamedAgainByItsKindAccusesOnTheDayOfItsMeeting() {
        List<Event> es = code("The Kenyan Teachers Union held a meeting in Nairobi on May 2 and reiterated its will to defend the schools.\n\n"
                + "The organization in a resolution accused the Ugandan government of closing Kenyan schools in Kampala.");
        assertThat(DatedEvents.byType(es, "ACCUSE").date()).isEqualTo("2023-05-02");
    }

    @Test void theAssociationNamedAgainByItsKindDemandsOnTheDayOfItsStatement() {
        List<Event> es = code("The Zambian Lawyers Association issued a statement on May 3 on the trial of its members.\n\n"
                + "The association demanded that the Malawian authorities free the lawyers held in Lilongwe.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isEqualTo("2023-05-03");
    }

    @Test void speakersOfARallyAndTheirPronounCallOnTheRallysDay() {
        List<Event> es = code("The Solidarity Front and the Workers League of Kenya held a rally in Nairobi on May 6.\n\n"
                + "Speakers said the government of Uganda had broken its promises.\n\n"
                + "They called on the Ugandan government to release the detained traders.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isEqualTo("2023-05-06");
    }

    @Test void theSpeakersOfAMeetingDemandOnItsDay() {
        List<Event> es = code("More than 2,000 teachers of the Kenyan Teachers Union held a meeting in Mombasa on May 5.\n\n"
                + "The speakers demanded that the Tanzanian government stop the expulsion of Kenyan teachers.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isEqualTo("2023-05-05");
    }
}
