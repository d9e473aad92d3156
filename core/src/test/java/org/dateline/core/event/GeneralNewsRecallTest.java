package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Events of general news the coder used to miss: a deal reached, a verdict, criticism told by idiom, evaluations that
 * blame without a word of blame, insults, and public bodies named by a common noun. Sentences written for this test.
 */
class GeneralNewsRecallTest {
    private static List<Event> code(String body) { return GoldEvents.codeStoryFrom("Washington", body); }

    @Test void aUnionReachingADealWithStudiosAgrees() {
        List<Event> es = code("The actors union reached a tentative deal with the film studios on Wednesday to end its strike.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.AGREE && "037".equals(e.cameo()));
    }

    @Test void twoFirmsStrikingADealToMergeAreNoEvent() {
        List<Event> es = code("The two software firms struck a deal on Monday to merge their networks.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.AGREE);
    }

    @Test void aManFoundGuiltyIsAVerdict() {
        List<Event> es = code("The former mayor was found guilty of fraud on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE && "116".equals(e.cameo())
                && e.recipients().stream().anyMatch(p -> p.name().contains("mayor")));
    }

    @Test void researchersFindingADrugEffectiveJudgeNoOne() {
        List<Event> es = code("Researchers found the new drug effective in a trial last year.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test void aSenatorTakingAimAtTheGovernorCriticisesHim() {
        List<Event> es = code("Senator Ann Price took aim at Governor Bill Ross over the budget on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> p.name().contains("Price")));
    }

    @Test void aStormTearingIntoTheCoastAccusesNoOne() {
        List<Event> es = code("The storm tore into the coast on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test void sayingTheMayorsPlanWasAFailureBlamesTheMayor() {
        List<Event> es = code("Senator Ann Price said the mayor's plan was a failure.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> p.name().contains("Price")));
    }

    @Test void sayingALaunchWasAFailureBlamesNoOne() {
        List<Event> es = code("The engineer said the launch was a failure.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test void callingARivalAFailureCriticisesHim() {
        List<Event> es = code("Governor Bill Ross called his rival a failure on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test void aCouncilUrgingTheGovernorToReleasePrisonersRequests() {
        List<Event> es = code("The city council urged the governor to release the prisoners on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.REQUEST
                && e.actors().stream().anyMatch(p -> p.name().contains("council")));
    }

    @Test void aJuryFindingAManGuiltyIsTheJurysVerdict() {
        List<Event> es = code("A jury found the former mayor guilty of fraud on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> p.name().contains("jury")));
    }
}
