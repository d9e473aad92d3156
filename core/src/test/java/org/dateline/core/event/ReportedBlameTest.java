package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.Accusations.assertNoAccusation;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Blame told by report in general news: a quote told before its speaker, a predicate of blame after a
 * verb of seeming, a subject that is an actor noun, crimes "committed", parties that "failed to" do their duty; and
 * abbreviated titles ("Gov.", "Sen.") that make a person a public one. Sentences written for this test.
 */
class ReportedBlameTest {
    private static List<Event> code(String body) { return GoldEvents.codeStoryFrom("Washington", body); }

    private static void assertAccusedBy(List<Event> es, String speaker) {
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> p.name() != null && p.name().contains(speaker)));
    }

    @Test void aQuoteToldBeforeItsSpeakerAccusesWhomItBlames() {
        assertAccusedBy(code("\"The state government is corrupt,\" Senator Tom Marlow said on Monday."), "Marlow");
    }

    @Test void sayingSomethingLooksSuspiciousIsABlame() {
        assertAccusedBy(code("\"It looks very suspicious,\" said Jeff Brown, a city councilman in Ohio."), "Brown");
    }

    @Test void sayingMinistersFailedToConsultAccusesThem() {
        assertAccusedBy(code("Senator Tom Marlow said ministers had failed to consult anyone on the plan."), "Marlow");
    }

    @Test void sayingTheTalksFailedBlamesNoOne() {
        assertNoAccusation(code("Senator Tom Marlow said the talks had failed to produce a deal."));
    }

    @Test void forecastingThatARivalWouldFailIsNoBlame() {
        assertNoAccusation(code("Senator Tom Marlow said the governor would fail to win the vote."));
    }

    @Test void sayingRebelsCommittedMassacresAccusesThem() {
        assertAccusedBy(code("The health minister, Ali Hassan, said the rebels committed massacres in the city."), "Hassan");
    }

    @Test void aQuoteAfterAColonIsWhatTheSpeakerSaid() {
        assertAccusedBy(code("Ali Hassan, the health minister, said: \"The rebels committed a massacre in the village.\""), "Hassan");
    }

    @Test void committingFundsIsNoCrime() {
        assertNoAccusation(code("The health minister, Ali Hassan, said the government committed funds to the hospitals."));
    }

    @Test void anAbbreviatedGovernorIsAPublicPersonNotAPrivateOne() {
        List<Event> es = code("Florida Gov. Ron Dale spoke in Iowa on Monday. Dale slammed Tim Rowe over his record on China.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> "Ron Dale".equals(p.name()) && "GOV".equals(p.sector())));
    }

    // speech (s31): censure words beyond crimes, verbs of meddling, and labels of censure
    @Test void sayingARivalsRemarksWereDeplorableAccusesTheRival() {
        assertAccusedBy(code("Senator Tom Marlow said that the governor's remarks were \"deplorable.\""), "Marlow");
    }

    @Test void sayingTheWeatherWasAppallingBlamesNoOne() {
        assertNoAccusation(code("Senator Tom Marlow said the weather in the state was appalling."));
    }

    @Test void sayingAStateInterferesInAnothersAffairsAccusesIt() {
        assertAccusedBy(code("The Socialist Party of Romania said that the U.S. is interfering in the internal affairs of Cuba."), "Socialist Party");
    }

    @Test void callingARivalsCommentsRhetoricIsCriticism() {
        assertAccusedBy(code("Senator Tom Marlow called the governor's comments \"unhelpful rhetoric.\""), "Marlow");
    }

    @Test void sayingAGovernmentDiscriminatesAgainstSchoolsAccusesIt() {
        assertAccusedBy(code("Senator Tom Marlow said the state government is discriminating against the immigrant schools."),
                "Marlow");
    }
}
