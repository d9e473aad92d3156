package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.EventFixture.eventsOf;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Events told by a noun under a light verb: attacks carried out, a protest put in writing; a noun whose modifier
 * decides what it is ("an air strike" is no labour strike). Sentences invented for this test.
 */
class NominalEventsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void anAirStrikeCarriedOutIsAnAerialAttack() {
        eventsOf("Israel carried out an air strike on a Syrian army base on Sunday.")
                .anyMatch(e -> GoldEvents.typed(e, "ASSAULT", "ISR", "SYR") && e.cameo().equals("195"));
    }

    @Test void aStrikeWithoutThatModifierStaysALabourStrike() {
        eventsOf("Chilean miners staged a strike in Antofagasta on Monday.")
                .noneMatch(e -> String.valueOf(e.type()).equals("ASSAULT"));
    }

    @Test void aRaidConductedIsAnAttack() {
        eventsOf("Sudanese forces conducted a raid on a rebel camp in Chad on Sunday.")
                .anyMatch(e -> GoldEvents.actedBy(e, "ASSAULT", "SDN"));
    }

    @Test void aLetterOfProtestIsADenunciation() {
        eventsOf("The Peruvian foreign minister sent a letter of protest to the Chilean government on Monday.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "PER", "CHL"));
        assertThat(code("The Peruvian foreign minister sent a letter to the Chilean government on Monday."))
                .noneMatch(e -> String.valueOf(e.type()).equals("ACCUSE"));
    }

    @Test void demonstrationsThatTookPlaceAreTheProtestOfThePlacesPeople() {
        eventsOf("Demonstrations took place in Ankara on Tuesday against the new pension law.")
                .anyMatch(e -> GoldEvents.actedBy(e, "PROTEST", "TUR") && e.actors().get(0).sector().equals("CVL"));
    }

    @Test void aRallyStagedByNoOneNamedIsThePlacesPeoplesProtest() {
        eventsOf("A rally was staged in Lima on Friday to denounce the mining concession.")
                .anyMatch(e -> GoldEvents.actedBy(e, "PROTEST", "PER"));
    }

    @Test void aProtestHeldNowhereNamedHasNoMadeUpDoer() {
        assertThat(code("The protest was held to demand higher wages.")).noneMatch(e -> e.type() != null
                && String.valueOf(e.type()).equals("PROTEST") && e.actors().stream().anyMatch(p -> "CVL".equals(p.sector())));
    }

    @Test void talksThatTookPlaceBetweenTwoEnvoysAreTheirMeeting() {
        eventsOf("Talks took place in Oslo on Monday between the Colombian foreign minister and the Venezuelan foreign minister.")
                .anyMatch(e -> GoldEvents.actedBy(e, "CONSULT", "COL") && GoldEvents.actedBy(e, "CONSULT", "VEN"));
    }

    @Test void aMeetingOfTwoNamedStatesIsTheirMeeting() {
        eventsOf("A meeting of Vietnam and Laos was held in Hanoi on Friday.")
                .anyMatch(e -> GoldEvents.actedBy(e, "CONSULT", "VNM") && GoldEvents.actedBy(e, "CONSULT", "LAO"));
    }

    @Test void aMeetingOfOneBodyAloneHasNoSidesFromItsOfPhrase() {
        assertThat(code("A plenary meeting of the Central Committee was held in Hanoi on Friday."))
                .noneMatch(e -> String.valueOf(e.type()).equals("CONSULT") && e.actors().size() > 1);
    }

    @Test void aFireThatBrokeOutIsNoEvent() {
        assertThat(code("A fire broke out at a textile factory in Dhaka on Monday.")).isEmpty();
    }

    @Test void anAttackByAForceThatKilledPeopleIsThatForcesAttack() {
        eventsOf("The attack by Ethiopian troops on the village killed twelve civilians on Sunday.")
                .anyMatch(e -> GoldEvents.actedBy(e, "ASSAULT", "ETH"));
    }

    @Test void anAirRaidOfAnArmedForceThatProtestersDenouncedIsThatForcesAttack() {
        eventsOf("Thousands of people marched in Lahore on Monday to denounce the air raid of the Indian forces.")
                .anyMatch(e -> GoldEvents.actedBy(e, "ASSAULT", "IND") && e.cameo().equals("195"));
    }

    @Test void aCounteroffensiveByAnArmyIsItsAttack() {
        eventsOf("The shelling of the border town sparked a counteroffensive by the Armenian army on Tuesday.")
                .anyMatch(e -> GoldEvents.actedBy(e, "ASSAULT", "ARM"));
    }

    @Test void anAttackFearedIsNoAttack() {
        assertThat(code("Villagers voiced fears of an attack by Sudanese forces on the town."))
                .noneMatch(e -> String.valueOf(e.type()).equals("ASSAULT"));
    }

    @Test void aBombardmentRenewedIsAnAerialAttack() {
        eventsOf("The Lebanese militia said it renewed its bombardment of Haifa on Sunday.")
                .anyMatch(e -> String.valueOf(e.type()).equals("ASSAULT") && e.cameo().equals("195"));
    }

    @Test void actionsStagedAgainstABaseAreAProtest() {
        eventsOf("Farmers from various regions of Chile staged actions against the construction of a dam on Monday.")
                .anyMatch(e -> GoldEvents.actedBy(e, "PROTEST", "CHL"));
    }

    @Test void actionTakenByAGovernmentIsNoProtest() {
        assertThat(code("The Chilean government took firm action against smugglers on Monday."))
                .noneMatch(e -> String.valueOf(e.type()).equals("PROTEST"));
    }

    @Test void aRallyHeldAgainWithoutPlaceIsAProtestInTheCountryOfTheStorysLastOne() {
        assertThat(code("Chilean students held a rally in Santiago on Monday. A candlelight rally was held on Tuesday, too."))
                .filteredOn(e -> GoldEvents.actedBy(e, "PROTEST", "CHL")).hasSize(2);
    }

    @Test void aSummitNamedAfterABodyOfStatesIsItsMembersMeeting() {
        eventsOf("The NATO Summit was held in Madrid on Wednesday.")
                .anyMatch(e -> String.valueOf(e.type()).equals("CONSULT") && e.actors().stream().anyMatch(p -> "IGO".equals(p.country())));
        assertThat(code("The Apple conference was held in Cupertino on Wednesday.")).isEmpty();
    }

    @Test void aDrillStagedByAForceNamedInItsParticipleIsThatForcesDrill() {
        eventsOf("The governor protested against the parachuting drill staged by the U.S. forces in Okinawa on Monday.")
                .anyMatch(e -> GoldEvents.actedBy(e, "MOBILIZE", "USA"));
    }

    @Test void aLawsuitFiledByANamedPlaintiffIsTheirAccusation() {
        eventsOf("The firm now faces a lawsuit filed by the Canadian government.")
                .anyMatch(e -> GoldEvents.actedBy(e, "ACCUSE", "CAN"));
    }

    @Test void aLawsuitMentionedWithoutItsPlaintiffIsNoEventOfItsOwn() {
        assertThat(code("The lawsuit cited in the report was long.")).isEmpty();
    }

    @Test void aStrikeStagedByNamedWorkersThatThenEndedIsTheirStrike() {
        eventsOf("The strike staged by Peruvian miners against the Chilean firm ended on Monday.")
                .anyMatch(e -> GoldEvents.actedBy(e, "PROTEST", "PER"));
    }

    @Test void attacksLaunchedByNamedTroopsThatCausedConcernAreTheirAttacks() {
        eventsOf("The attacks launched on Monday by Chilean troops against Peru caused concern.")
                .anyMatch(e -> GoldEvents.actedBy(e, "ASSAULT", "CHL"));
    }

    @Test void anObjectionRaisedToAnotherStatesPlanIsAComplaintAgainstIt() {
        eventsOf("The French president raised an objection to the Italian plan on Monday.")
                .anyMatch(e -> GoldEvents.actedBy(e, "ACCUSE", "FRA"));
    }
}
