package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.junit.jupiter.api.Test;

/**
 * (s56, issue 13) A verb of protest that protests without an object ("demonstrate", "rally", "march") shows or gathers
 * when something is its object: no PROTEST in any of the constructions that give it one (active, infinitive of
 * purpose, passive, reduced and full relative clause, another verb of the class), while the objectless verb and the
 * nouns stay protests. On sentences written for this test.
 */
class ObjectlessProtestVerbsTest {

    private static boolean protest(org.dateline.model.Event e) { return String.valueOf(e.type()).equals("PROTEST"); }

    @Test void anArmyThatDemonstratedItsCapacityStagedNoProtest() {
        eventsOf("In the battle on Monday the Korean People's Army fully demonstrated its fighting capacity.")
                .noneMatch(ObjectlessProtestVerbsTest::protest);
    }

    @Test void aMinisterSeekingToDemonstrateSupportStagesNoProtest() {
        eventsOf("Foreign Minister Anna Berg flew to Nairobi on Tuesday, seeking to demonstrate Swedish support for the talks.")
                .noneMatch(ObjectlessProtestVerbsTest::protest);
    }

    @Test void aLinkAStudyDemonstratesIsNoProtest() {
        eventsOf("\"The strong link this study demonstrates between traffic fumes and asthma is alarming,\" said Dr. Ruth Alon.")
                .noneMatch(ObjectlessProtestVerbsTest::protest);
    }

    @Test void resolveDemonstratedByAPartyIsNoProtest() {
        eventsOf("The resolve demonstrated by the Chilean government on Friday surprised the negotiators.")
                .noneMatch(ObjectlessProtestVerbsTest::protest);
    }

    @Test void supportThatWasDemonstratedIsNoProtest() {
        eventsOf("Broad support for the reform was demonstrated by the Brazilian unions at the congress on Monday.")
                .noneMatch(ObjectlessProtestVerbsTest::protest);
    }

    @Test void rallyingThePeopleIsNoProtest() {
        eventsOf("The governor of Texas rallied his supporters in Houston on Wednesday night.")
                .noneMatch(ObjectlessProtestVerbsTest::protest);
    }

    @Test void protestersWhoDemonstratedOutsideAnEmbassyProtested() {
        eventsOf("Hundreds of students demonstrated outside the Japanese embassy in Seoul on Monday.")
                .anyMatch(ObjectlessProtestVerbsTest::protest);
    }

    @Test void workersWhoRalliedAgainstAPolicyProtested() {
        eventsOf("More than 2,000 workers rallied in Portadown on Sunday against the new labour law.")
                .anyMatch(ObjectlessProtestVerbsTest::protest);
    }

    @Test void protestersWhoMarchedToAMissionProtested() {
        eventsOf("Thousands of protesters marched to the U.S. mission in Havana on Friday.")
                .anyMatch(ObjectlessProtestVerbsTest::protest);
    }

    @Test void aDemonstrationStagedIsStillAProtest() {
        eventsOf("Members of the Seoul teachers' union staged a demonstration outside the Defense Ministry on May 24.")
                .anyMatch(ObjectlessProtestVerbsTest::protest);
    }
}
