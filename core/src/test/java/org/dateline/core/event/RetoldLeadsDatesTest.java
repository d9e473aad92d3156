package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A lead's act dated by the next sentence that retells its occasion (a pronoun subject, or a subject repeating the
 * actor's words) takes that day; a next sentence about someone else's act, or naming a day long past, leaves it
 * "on or before" the article's day. Invented stories; the article is of Wednesday 2023-05-10.
 */
class RetoldLeadsDatesTest {
    private static final String LEAD = "The Peruvian Nurses Union condemned the government for the killing of strikers.\n\n";

    private static Event condemnation(String next) {
        return DatedEvents.byTrigger(GoldEvents.codeStory(LEAD + next), "condemned");
    }

    @Test void aLeadRetoldByAPronounTakesTheDayOfTheRetelling() {
        Event e = condemnation("They held a rally in Lima on Monday.");
        assertThat(e.date()).isEqualTo("2023-05-08");
        assertThat(e.dateMod()).isNull();
    }

    @Test void aLeadRetoldByItsActorsNameTakesTheDayOfTheRetelling() {
        assertThat(condemnation("The union held a rally in Lima on Monday.").date()).isEqualTo("2023-05-08");
    }

    @Test void aNextSentenceAboutAnotherActorLeavesTheLeadOnTheArticleDay() {
        Event e = condemnation("The police had shot the strikers in Lima on Monday.");
        assertThat(e.date()).isEqualTo("2023-05-10");
        assertThat(String.valueOf(e.dateMod())).isEqualTo("ON_OR_BEFORE");
    }

    @Test void aRetellingOfAnEarlierYearIsNoDayOfTheNews() {
        assertThat(condemnation("They held a rally in Lima on March 3, 2021.").date()).isEqualTo("2023-05-10");
    }
}
