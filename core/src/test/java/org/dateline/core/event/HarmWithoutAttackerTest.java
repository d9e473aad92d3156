package org.dateline.core.event;

import static org.dateline.core.event.InventedStories.assertNone;
import static org.dateline.core.event.InventedStories.assertSome;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Harm told with a verb of force that no state, armed body or attacker did (misread, s37): people placed in no state
 * hurt with no attack named (an accident, a private crime, a story), a cost or a trend that hurts someone, a man who
 * killed himself, and two figures of speech. The same verbs with an attack, a weapon, a state or a place still make
 * attacks. Invented sentences.
 */
class HarmWithoutAttackerTest {

    @Test void peopleKilledWhereNoStateAndNoAttackIsNamedAreNoAttack() {
        assertNone("All five passengers of the other car were killed on Sunday night.", EventType.ASSAULT);
        assertNone("The twins said on Monday they were beaten as children.", EventType.ASSAULT);
    }

    @Test void peopleHurtInABlastOrInAStateStillSufferAnAttack() {
        assertSome("Five passengers were killed in the explosion on Sunday night.", EventType.ASSAULT);
        assertSome("Five villagers were killed in northern Nigeria on Sunday night.", EventType.ASSAULT);
    }

    @Test void aCostOrATrendThatHurtsSomeoneAttacksNoOne() {
        assertNone("Rising inflation is hurting the Canadian prime minister, the poll published on Monday shows.", EventType.ASSAULT);
        assertNone("The new regulations devastated Italian fishermen last year, the union said on Monday.", EventType.ASSAULT);
    }

    @Test void armedMenOrAStateThatHurtsSomeoneStillAttacks() {
        assertSome("Rebel fighters hurt three Canadian aid workers on Monday.", EventType.ASSAULT);
        assertSome("Russia devastated the Ukrainian port with missiles on Monday.", EventType.ASSAULT);
    }

    @Test void aGunmanWhoKilledHimselfAttackedNoOneByIt() {
        assertNone("The Austrian gunman killed himself in Vienna on Friday, police said.", EventType.ASSAULT);
        assertSome("The Austrian gunman killed two police officers in Vienna on Friday, police said.", EventType.ASSAULT);
    }

    @Test void kickingAHornetsNestAndBattlingItOutInCourtAreFiguresOfSpeech() {
        assertNone("The French president kicked a hornet's nest on Monday when he praised the reform.", EventType.ASSAULT);
        assertNone("The question was battled out in a German court on Monday.", EventType.ASSAULT);
        assertSome("French police kicked the protesters in Paris on Monday.", EventType.ASSAULT);
    }

    @Test void aBomberWhoBlewHimselfUpAttackedThoseAroundHim() {
        assertSome("A young militant blew himself up outside a police station on Tuesday.", EventType.ASSAULT);
    }

    @Test void anAbductionIsAnAttackByItselfWhereverItHappened() {
        assertSome("Two engineers were abducted on their way to work on Tuesday.", EventType.ASSAULT);
    }

    @Test void aDoerNamedByANounIsNoMadeUpAttackerButAPronounTellsOfNoAttack() {
        assertSome("The wardens beat the inmates in the jail on Tuesday.", EventType.ASSAULT);
        assertNone("He beat the two boys on Sunday night.", EventType.ASSAULT);
    }
}
