package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * What no one can do, what someone is able to do, a vow with nothing in it and a few light-verb idioms are no acts;
 * the literal acts beside them still are. Sentences written for this test.
 */
class ResolvesAndCapacitiesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void aClaimThatNoForceCanDefeatAPeopleIsNoAssault() {
        List<Event> es = code("The Cuban paper wrote that no force on earth can defeat the united people of Cuba.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ASSAULT);
        es = code("Nothing will ever stop the advance of the Bolivian miners, the union said.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.PROTEST);
    }

    @Test void anAttackOfTheDayIsStillAnAssault() {
        List<Event> es = code("Bolivian troops attacked a rebel camp near Cochabamba on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void aCapabilityToDestroyAFleetIsNoAttack() {
        List<Event> es = code("The Venezuelan navy has the capability to destroy any invading fleet at a single blow.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ASSAULT);
        es = code("There is no limit to the striking power of our navy and marines to annihilate the invaders.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void aVowWithNoActInItIsNoAgreement() {
        List<Event> es = code("Students of the University of Havana vowed to study harder for the good of the country.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.AGREE);
    }

    @Test void aVowToHoldTalksIsStillAnIntention() {
        List<Event> es = code("The Cuban foreign minister vowed to hold talks with the Mexican foreign minister soon.");
        assertThat(es).as(GoldEvents.describe(es)).isNotEmpty();
    }

    @Test void aGiftHandedOverIsAGiftAndBlanketsHandedToVictimsAreAid() {
        List<Event> es = code("The Peruvian ambassador handed a gift over to the Bolivian foreign minister on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.SUPPORT)
                .noneMatch(e -> e.type() == EventType.RETREAT);
        es = code("The Chilean Red Cross handed over 500 blankets to the flood victims in Valparaiso on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.AID)
                .noneMatch(e -> e.type() == EventType.RETREAT);
    }

    @Test void aSuspectHandedOverIsStillAReturn() {
        List<Event> es = code("Colombian police handed over the suspect to Ecuadorian prosecutors on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.RETREAT);
    }

    @Test void seekingAWayOutOrCallingAMeetingAsksNoOne() {
        List<Event> es = code("The ruling party of Paraguay, facing a crisis, is seeking a way out in military drills.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.REQUEST);
        es = code("The Chilean teachers' union called its executive committee meeting in Santiago on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test void callingOnTheGovernmentStillIsARequest() {
        List<Event> es = code("The Chilean teachers' union called on the government to raise wages on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test void interferenceAPrayerAParadeAndAPostTakenAreNoActs() {
        List<Event> es = code("The statement said that the Brazilian committee has interfered in the internal affairs of Peru.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.AID);
        es = code("The Chilean bishop offered a prayer for peace in the cathedral of Santiago.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.AGREE);
        es = code("As thousands of Bolivian soldiers marched by, the crowd in La Paz cheered.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.PROTEST);
        es = code("The former Peruvian minister took the post of chairman of the broadcasting committee.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.MOBILIZE);
    }

    @Test void protestersMarchingToAPalaceStillProtest() {
        List<Event> es = code("Colombian protesters marched to the presidential palace in Bogota on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.PROTEST);
    }

    @Test void aLastingConductOfThePastIsNoEvent() {
        List<Event> es = code("The late Cuban leader always extended warm support to the cause of the Angolan people.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.SUPPORT);
        es = code("The Honduran authorities have persistently cracked down on the members of the farmers' union.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.COERCE);
    }

    @Test void whatPeopleWouldOftenDoIsAPastHabitNoEvent() {
        List<Event> es = code("Before the remake, people would often ask the studio for a sequel.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test void aWouldOfConditionIsNoHabit() {
        List<Event> es = code("The Honduran army said on Monday it would strike the rebel camps if attacked.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.THREATEN || e.type() == EventType.ASSAULT);
    }

    @Test void aRepeatedOrSingleCrackdownStillIsAnEvent() {
        List<Event> es = code("Honduran police cracked down on the farmers' union in Tegucigalpa on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.COERCE);
        es = code("Honduran troops repeatedly shelled the rebel positions near the border on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ASSAULT);
    }
}
