package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A capitalised office as subject ("The Interior Minister accused ...") is the story's own state's holder of it; a
 * state's opposition named with its possessor is that state's opposition. Sentences invented for these tests.
 */
class CapitalisedOfficesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void aCapitalisedMinisterUnderADatelineIsThatStatesMinister() {
        List<Event> es = GoldEvents.codeStoryFrom("Nairobi", "The Interior Minister accused the Ugandan army of smuggling "
                + "arms on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> "KEN".equals(p.country()) && "GOV".equals(p.sector())));
    }

    @Test void aCapitalisedMinisterInAStoryAboutOneStateIsThatStatesMinister() {
        List<Event> es = code("Kenya's parliament passed the budget in Nairobi on Monday, and Kenya raised fuel taxes. "
                + "Kenyan farmers have struggled this year. The Finance Minister criticized the central bank on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> p.name().contains("Minister") && "KEN".equals(p.country())));
    }

    @Test void aLowerCasePluralOfficeStaysUnplaced() {
        // guard: "ministers" in general are anyone's, not the story's state's
        List<Event> es = code("Kenya's parliament passed the budget in Nairobi on Monday, and Kenya raised fuel taxes. "
                + "Kenyan farmers have struggled this year. Finance ministers criticized the central banks on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).allMatch(e -> e.actors().stream()
                .noneMatch(p -> p.name().toLowerCase().contains("ministers") && "KEN".equals(p.country())));
    }

    @Test void anOfficeWhosePhraseNamesAStateKeepsThatState() {
        // guard: the office's own "of" phrase wins over the dateline
        List<Event> es = GoldEvents.codeStoryFrom("Nairobi", "The Foreign Minister of Peru accused the Ugandan army of "
                + "smuggling arms on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> "PER".equals(p.country())));
    }

    @Test void aStatesOppositionIsThatStatesOpposition() {
        List<Event> es = code("Ghana's opposition accused the electoral commission of fraud on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> "GHA".equals(p.country()) && "OPP".equals(p.sector())));
    }

    @Test void anUnplacedOppositionIsAStanceNotAnActor() {
        // guard: "domestic opposition" names no state's body
        List<Event> es = code("The Danish government refused to send troops to the war, citing domestic opposition.");
        assertThat(GoldEvents.everyone(es)).as(GoldEvents.describe(es)).noneMatch(p -> p.name().contains("opposition"));
    }
}
