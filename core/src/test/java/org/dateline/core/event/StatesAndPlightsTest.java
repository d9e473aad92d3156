package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Verbs of acts read as states: an aim or a condition as the theme of a verb of pursuing, upholding or curbing
 * (idioms.txt, aims-and-conditions), and a compulsion told without its compeller ({@link Plights}), are no events;
 * the same verbs with a party or a thing as their theme, or with the compeller named, stay events. A representative
 * of a body is of the body's sector, not the government's. Invented sentences.
 */
class StatesAndPlightsTest {
    private static boolean codes(String body, EventType type) {
        List<Event> es = GoldEvents.codeStory(body);
        return es.stream().anyMatch(e -> e.type() == type);
    }

    @Test void aPowerSeekingAnEdgeInARegionAsksNothingOfAnyone() {
        assertThat(codes("Washington seeks an unchallenged edge in the Pacific region, the paper said.",
                EventType.REQUEST)).isFalse();
    }

    @Test void aPartyThatGuidesThePeoplesVictoriesSupportsNoOneOnADay() {
        assertThat(codes("The Socialist Party organizes and guides all the victories of the Bolivian people.",
                EventType.SUPPORT)).isFalse();
    }

    @Test void aGovernmentThatSuppressesFreedomOfExpressionIsDescribedNotReported() {
        assertThat(codes("Activists in Lima derided the government which harshly suppresses the freedom of expression.",
                EventType.COERCE)).isFalse();
    }

    @Test void aCountryThatGuaranteedItsExistenceAgreedToNothing() {
        assertThat(codes("Paraguay has guaranteed its existence with a strong army, the commentary said.",
                EventType.AGREE)).isFalse();
    }

    @Test void aPowerSeekingAnotherAimAsksNothingOfAnyone() {
        assertThat(codes("The U.S. is seeking another aim in the region, the paper said.", EventType.REQUEST))
                .isFalse();
    }

    @Test void studentsCompelledToStayAwayFromClassesAreCoercedByNoOne() {
        assertThat(codes("Students in Chile are now compelled to stay away from classes due to the high fees.",
                EventType.COERCE)).isFalse();
    }

    @Test void aRallySuppressedByThePoliceStaysCoercion() {
        assertThat(codes("Peruvian police suppressed a rally of miners in Lima on Monday.", EventType.COERCE))
                .isTrue();
    }

    @Test void aSearchForHelpFromAnotherStateStaysARequest() {
        assertThat(codes("Ecuador sought help from Colombia on Monday.", EventType.REQUEST)).isTrue();
    }

    @Test void theRepresentativeOfAPartyIsNoGovernmentOfficialByHisTitle() {
        List<Event> es = GoldEvents.codeStory("Juan Perez, representative of the Bolivian Liberal Party, said on Monday"
                + " that the government had lied to the people.");
        assertThat(es).isNotEmpty();
        assertThat(es.stream().flatMap(e -> e.actors().stream()).noneMatch(p -> "GOV".equals(p.sector()))).isTrue();
    }
}
