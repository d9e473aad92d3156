package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * How far a verb's future, negation and vow reach through coordination and a vow's infinitive: only a bare verb leans
 * on the verb before it; a verb with a tense, an auxiliary or a subject of its own is a clause of its own; a contrast
 * ("not X but Y") asserts its second verb. Invented sentences.
 */
class CoordinatedScopeTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean is(Event e, EventType type, EventStatus status) {
        return e.type() == type && e.status().equals(status);
    }

    @Test void aPastAttackCoordinatedWithAFutureVerbIsStillAnAttackThatHappened() {
        assertThat(code("The Chadian army will stay in the north and attacked the rebels yesterday."))
                .anyMatch(e -> is(e, EventType.ASSAULT, EventStatus.OCCURRED))
                .noneMatch(e -> e.type() == EventType.THREATEN);
    }

    @Test void aPastMeetingCoordinatedWithAFutureVisitIsNoPlan() {
        assertThat(code("The Peruvian president will visit Chile and met the Bolivian minister."))
                .anyMatch(e -> e.cameo().equals("040") && e.status().equals(EventStatus.OCCURRED));
    }

    @Test void aBareVerbAfterAFutureOneSharesItsFuture() { // guard: the rule of last stop still holds
        assertThat(code("The Malian army will track down the smugglers and punish them wherever they hide."))
                .anyMatch(e -> e.type() == EventType.THREATEN)
                .noneMatch(e -> e.type() == EventType.COERCE);
    }

    @Test void aNegationDoesNotReachAConjunctWithItsOwnAuxiliary() {
        assertThat(code("The Laotian army will never tolerate the provocation and will punish the invaders."))
                .anyMatch(e -> e.type() == EventType.THREATEN)
                .noneMatch(e -> e.status().equals(EventStatus.NEGATED));
    }

    @Test void aContrastTakesTheFutureButNotTheNegation() {
        assertThat(code("The Laotian army will never pardon the invaders but mercilessly punish them."))
                .anyMatch(e -> e.type() == EventType.THREATEN)
                .noneMatch(e -> e.status().equals(EventStatus.NEGATED));
    }

    @Test void aRefusalDoesNotSwallowATensedVerbTheParserHungUnderIt() {
        assertThat(code("The Ghanaian president has refused to meet the opposition leader and arrested three of his aides."))
                .anyMatch(e -> e.type() == EventType.COERCE && e.status().equals(EventStatus.OCCURRED));
    }

    @Test void aVowNeverToForgiveIsRhetoricWhereverItsModalSits() {
        assertThat(code("The Laotian army vows to never forgive the invaders.")).isEmpty();
        assertThat(code("The Peruvian army will smash the invaders and never forgive them."))
                .noneMatch(e -> e.type() == EventType.REJECT);
    }

    @Test void aVowToPunishBesideAVowNeverToForgiveIsAThreat() {
        assertThat(code("The Laotian army vowed never to pardon the invaders and to punish them mercilessly."))
                .anyMatch(e -> e.type() == EventType.THREATEN);
    }

    @Test void aVowNeverToAcceptDemandsRejectsThem() {
        assertThat(code("Vietnam vowed never to accept the Laotian demands."))
                .anyMatch(e -> e.type() == EventType.REJECT)
                .noneMatch(e -> e.type() == EventType.AGREE);
    }
}
