package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** Idioms make no events; the same trigger words used literally still do. Invented sentences. */
class IdiomsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean typed(Event e, EventType type) { return e.type() == type; }

    @Test void aPledgeToFightCorruptionIsNoAssault() {
        assertThat(code("The new Zambian government vowed on Monday to fight corruption in the ministries."))
                .noneMatch(e -> typed(e, EventType.ASSAULT));
        assertThat(code("Zambian troops fought rebels near the Angolan border on Monday."))
                .anyMatch(e -> typed(e, EventType.ASSAULT));
    }

    @Test void fieldGuidanceIsNoAid() {
        assertThat(code("The Angolan president gave field guidance to a cement factory in Luanda on Monday."))
                .noneMatch(e -> typed(e, EventType.AID));
    }

    @Test void takingStepsSeizesNothing() {
        assertThat(code("Bolivia took steps on Friday to calm the markets."))
                .noneMatch(e -> typed(e, EventType.COERCE) || typed(e, EventType.ASSAULT));
    }

    @Test void protectingAnIdeaLiberatingTheHomelandAndGreetingADateAreNoActsOnAnyone() {
        assertThat(code("The Cuban army has protected the dignity of the nation for decades, the paper said."))
                .noneMatch(e -> typed(e, EventType.AID));
        assertThat(code("The partisans liberated the homeland after a long war."))
                .noneMatch(e -> typed(e, EventType.CONCEDE));
        assertThat(code("The Technical University of Lima is greeting its 50th anniversary."))
                .noneMatch(e -> typed(e, EventType.SUPPORT));
        assertThat(code("The Peruvian government is taking steps to prevent the epidemic."))
                .noneMatch(e -> typed(e, EventType.COERCE));
    }

    @Test void meetingANeedOrATargetIsNoMeeting() {
        assertThat(code("Chile is trying to meet the interests of Bolivia in the talks."))
                .noneMatch(e -> typed(e, EventType.CONSULT));
        assertThat(code("The Chilean foreign minister met the Peruvian ambassador in Santiago on Monday."))
                .anyMatch(e -> typed(e, EventType.CONSULT));
    }

    @Test void seekingShelterIsNoRequest() {
        assertThat(code("Bolivian villagers sought shelter in a school as the river rose on Friday."))
                .noneMatch(e -> typed(e, EventType.REQUEST));
    }

    @Test void beingSeizedOrStruckByAFeelingIsNoSeizureOrAttack() {
        String body = "The workers and farmers of Mali are seized with deep grief at the sad news. "
                + "The villagers of Gao were seized with panic when the river rose on Friday. "
                + "The nation was gripped by fear after the verdict.";
        assertThat(GoldEvents.codeStoryFrom("BAMAKO", body)).noneMatch(e -> typed(e, EventType.COERCE) || typed(e, EventType.ASSAULT));
        assertThat(GoldEvents.codeStoryFrom("BAMAKO", "Malian troops seized the airport of Gao on Friday."))
                .anyMatch(e -> typed(e, EventType.COERCE) || typed(e, EventType.ASSAULT) || typed(e, EventType.MOBILIZE));
    }

    @Test void rallyingAroundALeaderIsNoProtest() {
        assertThat(code("The soldiers and farmers of Laos rallied around their president on Monday."))
                .noneMatch(e -> typed(e, EventType.PROTEST));
        assertThat(code("Thousands of students rallied in Santiago on Monday against the new fees."))
                .anyMatch(e -> typed(e, EventType.PROTEST));
    }

    @Test void aToastOfferedAtDinnerIsNoOffer() {
        assertThat(code("The president of Ghana offered a toast to his Togolese guest at the dinner on Monday."))
                .noneMatch(e -> typed(e, EventType.AGREE));
    }

    @Test void kickingUpAFussIsNoAttack() {
        assertThat(code("The opposition of Peru kicked up a fuss over the budget on Monday."))
                .noneMatch(e -> typed(e, EventType.ASSAULT));
    }

    @Test void demonstratingMightOrResolveIsNoStreetDemonstration() {
        assertThat(code("The ruling party of Laos is demonstrating its might and dignity before the world."))
                .noneMatch(e -> typed(e, EventType.PROTEST));
        assertThat(code("Thousands of Chilean students demonstrated in Santiago on Monday against the new fees."))
                .anyMatch(e -> typed(e, EventType.PROTEST));
    }

    @Test void aFriendshipOrTiesGivenOrProvidedByLeadersAreNoAid() {
        assertThat(code("The Bolivian minister praised the close ties provided by the leaders of Peru in past decades."))
                .noneMatch(e -> typed(e, EventType.AID));
        assertThat(code("Chile is grateful for the solidarity given by the government of Peru, the paper said."))
                .noneMatch(e -> typed(e, EventType.AID));
        assertThat(code("Peru provided tents and medicine to Bolivian flood victims on Monday."))
                .anyMatch(e -> typed(e, EventType.AID));
    }

    @Test void shatteringTheMovesOfAPartyIsNoAttackButShatteringAVillageIs() {
        assertThat(code("The Bolivian army shattered the moves of the Chilean government on Monday."))
                .noneMatch(e -> typed(e, EventType.ASSAULT));
        assertThat(code("The Bolivian army shattered a Chilean village with artillery on Monday."))
                .anyMatch(e -> typed(e, EventType.ASSAULT));
    }

    @Test void shatteringTheMovesOfAPartyIsNoAttackWhenAClosingReportTellsIt() {
        assertThat(code("The Bolivian army shattered the moves of the Chilean warmongers, the paper said."))
                .noneMatch(e -> typed(e, EventType.ASSAULT));
        assertThat(code("The Peruvian soldiers foiled the schemes of the smugglers, the commentary noted."))
                .noneMatch(e -> typed(e, EventType.ASSAULT) || typed(e, EventType.COERCE));
    }

    @Test void aBlowDealtToASchemeStrikesNoOne() {
        assertThat(code("The paper said the Bolivian army and people dealt a heavy blow to the Chilean schemes."))
                .isEmpty();
    }

    @Test void aSpeechDeliveredIsNoAidAndAnAnniversaryGreetedIsNoMessage() {
        assertThat(code("The Ghanaian president delivered a speech at the party congress in Accra on Monday."))
                .noneMatch(e -> typed(e, EventType.AID));
        assertThat(code("The Togolese paper carried an article titled \"Ghana greets centenary of its founder\"."))
                .noneMatch(e -> typed(e, EventType.SUPPORT));
    }

    @Test void seizingTheInitiativeIsNoSeizure() {
        assertThat(code("The Malian president has seized the initiative in the peace process with the rebels."))
                .noneMatch(e -> typed(e, EventType.COERCE));
    }

    @Test void kickingUpASuppressionOrHarmingReconciliationIsNoAttack() {
        assertThat(code("The Laotian group kicked up massive suppression of the media after taking power."))
                .noneMatch(e -> typed(e, EventType.ASSAULT));
        assertThat(code("The Laotian junta has harmed national reconciliation and unity."))
                .noneMatch(e -> typed(e, EventType.ASSAULT));
    }
    @Test void demonstratingThatSomethingIsSoIsNoStreetDemonstration() {
        assertThat(code("The uprising of the Bolivian miners against the junta demonstrated that nobody could defeat"
                + " the united workers.")).noneMatch(e -> typed(e, EventType.PROTEST));
        assertThat(code("Bolivian miners demonstrated in La Paz on Monday, the radio said."))
                .anyMatch(e -> typed(e, EventType.PROTEST));
    }

    @Test void enforcingAPoliticsIsNoCoercionButEnforcingACurfewIs() {
        assertThat(code("The Laotian paper said that the premier has enforced the new economic politics."))
                .noneMatch(e -> typed(e, EventType.COERCE));
        assertThat(code("Bolivian police enforced a curfew in Cochabamba on Monday."))
                .anyMatch(e -> typed(e, EventType.COERCE));
    }
}
