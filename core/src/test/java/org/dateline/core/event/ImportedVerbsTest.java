package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** The generated PETRARCH verbs fill in what the hand-written triggers lack, on sentences written for this test. */
class ImportedVerbsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void aVerbOnlyTheImportedLexiconKnowsMakesAnEvent() {
        assertThat(code("Ghana's president congratulated the Kenyan president on Tuesday."))
                .anyMatch(e -> e.type() == EventType.SUPPORT && e.cameo().startsWith("05"));
        assertThat(code("Rebel fighters besieged the northern town of Kalo in Chad on Monday."))
                .anyMatch(e -> e.type() == EventType.COERCE || e.type() == EventType.ASSAULT);
    }

    @Test void aHandWrittenTriggerKeepsItsOwnCode() {
        assertThat(ImportedVerbs.codes()).containsKey("shell");
        assertThat(code("Turkish troops shelled a Syrian village on Sunday."))
                .anyMatch(e -> e.cameo().equals("194"));
    }

    @Test void generalPurposeVerbsOfTheDictionaryAreNotTriggers() {
        assertThat(ImportedVerbs.codes()).doesNotContainKeys("give", "think", "lead", "help", "die");
        assertThat(code("The Nigerian minister gave a long speech in Lagos on Friday and thought about the future."))
                .isEmpty();
    }

    @Test void verbsWhoseEverydaySenseIsNoEventOfTheirCodeAreNotTriggers() {
        assertThat(ImportedVerbs.codes()).doesNotContainKeys("organize", "orchestrate", "encourage", "protect",
                "guarantee", "authorize", "volunteer", "rescue", "abuse", "dispute");
        assertThat(code("The Kenyan trade union federation organized a seminar on wages in Nairobi on Monday."))
                .noneMatch(e -> e.type() == EventType.SUPPORT);
        assertThat(code("The Ugandan parliament authorized the budget for the new year on Thursday."))
                .noneMatch(e -> e.type() == EventType.CONCEDE);
        assertThat(code("Hundreds of Kenyan students volunteered to rebuild the village school on Saturday."))
                .noneMatch(e -> e.type() == EventType.AGREE);
        assertThat(code("Chile and Peru disputed the figures of the fishing census on Monday."))
                .noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test void anExcludedVerbStillCodesByItsFamilysPatterns() {
        assertThat(ImportedVerbs.codes()).doesNotContainKey("protect");
        assertThat(VerbPatterns.standard().patternsOf("protect")).isNotEmpty();
    }
}
