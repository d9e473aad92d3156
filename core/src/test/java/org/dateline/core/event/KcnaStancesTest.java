package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.junit.jupiter.api.Test;

/**
 * Stances taken in an agency's fixed forms: members acting for their body, praise "spoken highly", and a stance taken
 * "in support of" or "in denunciation of" someone by a statement issued or a press conference held; on sentences
 * written for this test.
 */
class KcnaStancesTest {

    @Test void membersOfABodyActAsTheBody() {
        eventsOf("Members of the Kenya National Union of Teachers denounced the Ugandan government on Monday.")
                .anyMatch(e -> String.valueOf(e.type()).equals("ACCUSE")
                        && e.actors().stream().anyMatch(p -> p.name().contains("Union of Teachers"))
                        && e.recipients().stream().anyMatch(p -> "UGA".equals(p.country())));
    }

    @Test void personagesOfACountryAreItsCivilians() {
        eventsOf("Personages of various circles in Peru denounced the Chilean government on Friday.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "PER", "CHL")
                        && e.actors().stream().anyMatch(p -> "CVL".equals(p.sector())));
    }

    @Test void speakingHighlyOfSomeonePraisesThem() {
        eventsOf("The Ghanaian minister spoke highly of the achievements of the President of Togo on Monday.")
                .anyMatch(e -> GoldEvents.typed(e, "SUPPORT", "GHA", "TGO"));
    }

    @Test void speakingOfANeedPraisesNoOne() {
        eventsOf("The Ghanaian minister spoke of the need for dialogue with Togo on Monday.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    @Test void aStatementInSupportOfAPartyIsItsIssuersSupport() {
        eventsOf("The Egyptian Workers Party issued a statement on Tuesday in support of the stand of the Cuban government.")
                .anyMatch(e -> GoldEvents.typed(e, "SUPPORT", "EGY", "CUB"));
    }

    @Test void aPressConferenceCalledInDenunciationOfAPartyAccusesIt() {
        eventsOf("Lawyers of Nepal called a press conference in Kathmandu on Monday in denunciation of the Indian government.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "NPL", "IND"));
    }

    @Test void beingInSupportOfAPlanIsNoStatementOfSupport() {
        eventsOf("The minister was in support of the plan of the Kenyan government.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }
}
