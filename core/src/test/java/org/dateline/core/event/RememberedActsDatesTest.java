package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * What a memory verb holds is a past act: it takes the date its own words give, or none; never the article's
 * day, which is the day of the remembering. A clause in the present under the memory verb is not a past act.
 * Invented sentences; the article is of Wednesday 2023-05-10.
 */
class RememberedActsDatesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static Event only(List<Event> es, EventType type) {
        return es.stream().filter(e -> e.type() == type).findFirst().orElseThrow(() -> new AssertionError(es));
    }

    @Test void aMeetingInTheThatClauseOfRecalledIsUndated() {
        Event e = only(code("The Malian ambassador recalled that the Malian president met the French president in Paris."), EventType.CONSULT);
        assertThat(e.date()).isNull();
    }

    @Test void anAttackARelativeClauseOfTheRememberedDaysTellsIsUndated() {
        Event e = only(code("The old farmer remembered the days when the soldiers attacked the village."), EventType.ASSAULT);
        assertThat(e.date()).isNull();
    }

    @Test void anAttackAVeteranRecollectsInAHowClauseIsUndated() {
        Event e = only(code("The old veteran recollected how Malian rebels attacked the French garrison in the desert."),
                EventType.ASSAULT);
        assertThat(e.date()).isNull();
    }

    @Test void aRememberedMeetingWithAMonthOfItsOwnTakesThatMonth() {
        Event e = only(code("The Malian ambassador recalled that the Malian president met the French president in Paris in March."),
                EventType.CONSULT);
        assertThat(e.date()).isEqualTo("2023-03");
    }

    @Test void aMeetingToldWithSaidStillTakesTheArticleDayAsABound() {
        Event e = only(code("The Malian ambassador said that the Malian president met the French president in Paris."), EventType.CONSULT);
        assertThat(e.date()).isEqualTo("2023-05-10");
    }

    @Test void anAttackInThePresentUnderRecalledKeepsTheArticleDay() {
        Event e = only(code("The minister recalled that the soldiers are attacking the villages of the north."),
                EventType.ASSAULT);
        assertThat(e.date()).isEqualTo("2023-05-10");
    }

    @Test void aMessageSentByRememberingToSendItTakesTheArticleDay() {
        List<Event> es = code("The Malian president remembered to send a message of condolence to the French president.");
        assertThat(es).isNotEmpty();
        assertThat(es).allSatisfy(e -> assertThat(e.date()).isEqualTo("2023-05-10"));
    }
}
