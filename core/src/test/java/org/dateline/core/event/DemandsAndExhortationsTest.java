package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * What a speaker says someone should do is the speaker's demand of that someone, and the demanded act has not
 * happened; a call a body makes on its own people is exhortation, no event between parties; an opposition voiced is a
 * stance, not a party. Sentences written for this test.
 */
class DemandsAndExhortationsTest {

    private static boolean demand(Event e, String actorCountry, String recipientCountry) {
        return e.type() == EventType.REQUEST
                && e.actors().stream().anyMatch(p -> actorCountry.equals(p.country()))
                && e.recipients().stream().anyMatch(p -> recipientCountry.equals(p.country()));
    }

    @Test
    void whatASpeakerSaysAStateShouldDoIsTheSpeakersDemandOfThatState() {
        eventsOf("The foreign minister of Cuba said on Monday the United States should end the blockade.")
                .anyMatch(e -> demand(e, "CUB", "USA"))
                .noneMatch(e -> e.type() == EventType.RETREAT);
        eventsOf("The foreign minister of Japan noted that China should release the fishermen at once.")
                .anyMatch(e -> demand(e, "JPN", "CHN"))
                .noneMatch(e -> e.type() == EventType.RETREAT);
    }

    @Test
    void hasToAndOughtToLayAnObligationAsMustDoes() {
        eventsOf("The minister of Cuba said that the United States has to lift the sanctions.")
                .anyMatch(e -> demand(e, "CUB", "USA"))
                .noneMatch(e -> e.type() == EventType.RETREAT);
        eventsOf("The Russian envoy said Georgia ought to withdraw its troops from the border.")
                .anyMatch(e -> demand(e, "RUS", "GEO"))
                .noneMatch(e -> e.type() == EventType.RETREAT);
    }

    @Test
    void anObligedFeelingOrStateIsAReproachNotADemandForAnAct() {
        eventsOf("The foreign minister of Peru said the government of Chile should feel ashamed of the decision.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
        eventsOf("The foreign minister of Peru warned that the government of Chile should be mindful of the consequences.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test
    void aPerfectWithHaveIsAnActToldNotAnObligation() {
        eventsOf("The minister of Cuba said that the United States has lifted the sanctions.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test
    void aCallUponAllThePeopleIsExhortationNotAnEventBetweenParties() {
        eventsOf("The Central Committee of the party of Laos called upon all the people to turn out in the general march for a bumper harvest.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
        eventsOf("The Vietnamese minister of industry called on all the members of the Vietnamese trade union to study hard.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
        eventsOf("The British association called on the followers of the Juche idea to reject the outside forces of the United States.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test
    void anObligationASpeakerLaysOnItsOwnPeopleIsExhortation() {
        eventsOf("The Vietnamese minister of industry said that all the members of the Vietnamese trade union should study hard.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
        eventsOf("The Vietnamese Communist Party said the Vietnamese should turn out in the struggle for the country's prosperity.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test
    void anObligationLaidOnAnotherNationsPeopleStaysADemand() {
        eventsOf("The foreign minister of Iran said the Americans should leave Iraq at once.")
                .anyMatch(e -> e.type() == EventType.REQUEST && e.recipients().stream().anyMatch(p -> "USA".equals(p.country())));
    }

    @Test
    void whatFollowersAreCalledUponToDoIsNotTheCallersOwnAct() {
        eventsOf("The British association called upon all the followers of the Juche idea to support the people of Korea.")
                .noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test
    void talkingToReportersIsStillNoMeeting() {
        eventsOf("The foreign minister of Peru talked to reporters in Lima on Monday.")
                .noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test
    void anAppealToAnotherStatesPeopleOrToAStateIsARequest() {
        eventsOf("The Cuban committee urged the people of Japan to oppose the revision of the constitution.")
                .anyMatch(e -> e.type() == EventType.REQUEST && e.recipients().stream().anyMatch(p -> "JPN".equals(p.country())));
        eventsOf("The minister of Ghana urged Togo to reopen the border on Monday.")
                .anyMatch(e -> demand(e, "GHA", "TGO"));
    }

    @Test
    void anOppositionVoicedIsAStanceNotAParty() {
        eventsOf("The foreign ministry of China voiced strong opposition to the sanctions of the United States on Monday.")
                .noneMatch(e -> java.util.stream.Stream.concat(e.actors().stream(), e.recipients().stream())
                        .anyMatch(p -> "OPP".equals(p.sector())));
        eventsOf("The Kenyan opposition accused the government of fraud on Monday.")
                .anyMatch(e -> e.type() == EventType.ACCUSE && e.actors().stream().anyMatch(p -> "OPP".equals(p.sector())));
    }
}
