package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * What tells two reports apart is what happened, not who did it: a participant's title repeats in every report of
 * him, and a demand of what ought to be done is no occasion.
 */
class WhoActedIsNoHappeningTest {
    @Test
    void anOfficeAndTheBodyItIsHeldInAreNoHappeningWords() {
        String s = TitleWords.without("Ivo Marek, international secretary of the Central Committee of the Ruritanian"
                + " Workers' League, laid flowers at the monument.");
        assertThat(s).doesNotContain("Central Committee").doesNotContain("League").doesNotContain("secretary")
                .contains("laid flowers at the monument");
        assertThat(TitleWords.without("The Supreme Commander of the Ruritanian People's Army thanked the singers."))
                .doesNotContain("People's Army").contains("thanked the singers");
    }

    @Test
    void anOfficeTheDeedIsAboutAndAPlaceWithoutAnOfficeStay() {
        assertThat(TitleWords.without("He sent a message upon her election as the general secretary of the Unity Party."))
                .contains("general secretary of the Unity Party");
        assertThat(TitleWords.without("The premier visited the Tarvo Machine Plant on Monday."))
                .contains("Tarvo Machine Plant");
        assertThat(TitleWords.without("She expressed condolences over the death of the former president of Velmar."))
                .contains("president of Velmar");
    }

    @Test
    void anUndatedDemandOfWhatOughtToBeDoneIsNoOccasionButAPlanIs() {
        assertThat(Tellings.read(Tellings.words("The occupiers should withdraw their troops at an early date"), false,
                StatusClass.PLAN)).isEqualTo(Telling.HABIT);
        assertThat(Tellings.read(Tellings.words("They must stop the drills at once"), false, StatusClass.PLAN))
                .isEqualTo(Telling.HABIT);
        assertThat(Tellings.read(Tellings.words("The minister will visit Velmar next month"), false, StatusClass.PLAN))
                .isEqualTo(Telling.OCCASION);
    }

    private static Annotated one(Article a, EventType type, String date, EventStatus status, String phrase) {
        Event e = event(a, "e1", type, List.of(p("Ruritania", "RUR")), List.of(), date, null, status, phrase);
        return annotated(a, List.of(), e);
    }

    @Test
    void twoCommentariesDemandingAWithdrawalInOtherWordsAreTwoDemands() {
        Article a = article("a", "2024-05-02", "Withdrawal urged", "Ruritania should pull back its aggressor forces from Tarvo at an early date, the commentary said.");
        Article b = article("b", "2024-05-03", "Troops must go", "Ruritania should not turn down the demand of the era but withdraw its forces from Tarvo at an early date.");
        Connected c = Connector.connect(List.of(
                one(a, EventType.RETREAT, "2024-05-02", EventStatus.POSSIBLE, "Ruritania should pull back its aggressor forces"),
                one(b, EventType.RETREAT, "2024-05-03", EventStatus.POSSIBLE, "withdraw its forces from Tarvo")));
        assertThat(c.events()).hasSize(2);
    }
}
