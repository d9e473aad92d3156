package org.dateline.core.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.language.LanguageAnalyzerTest.analyze;

import java.util.List;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A well-known person's surname inside a longer name is someone else when the given name differs: "Jiro Abe" is
 * not Shinzo Abe, and the surname alone later in the story is the story's own person. Sentences invented here.
 */
class SharedSurnamesTest {
    private static List<Entity> persons(Analysis a) {
        return a.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
    }

    @Test
    void aFullNameThatDiffersInItsGivenNameIsNotTheKnownPerson() {
        Analysis a = analyze("Jiro Abe, a historian, gave a lecture on the war on Monday.", null, null);
        assertThat(persons(a)).anyMatch(e -> "Jiro Abe".equals(e.canonical()))
                .noneMatch(e -> "Shinzo Abe".equals(e.canonical()));
    }

    @Test
    void theSurnameAloneAfterTheFullNameIsTheStorysOwnPerson() {
        Analysis a = analyze("Jiro Abe, a historian, gave a lecture on Monday. Abe said the war had ended long ago.", null, null);
        assertThat(persons(a)).filteredOn(e -> e.text().equals("Abe"))
                .isNotEmpty().allMatch(e -> "Jiro Abe".equals(e.canonical()) && !"GOV".equals(e.sector()));
    }

    @Test
    void theKnownPersonsFullNameIsStillThatPerson() {
        Analysis a = analyze("Prime Minister Shinzo Abe met the delegation on Monday. Abe praised the talks.", null, null);
        assertThat(persons(a)).filteredOn(e -> e.text().contains("Abe"))
                .isNotEmpty().allMatch(e -> "Shinzo Abe".equals(e.canonical()) && "JPN".equals(e.country()));
    }

    @Test
    void aSurnameAloneUnderAnotherTitleIsANamesakeInEveryMention() {
        Analysis a = analyze("Secretary-General Abe of the Japan Socialist League sent a message to the rally on Tuesday. "
                + "Abe said the workers would win.", null, null);
        assertThat(persons(a)).filteredOn(e -> e.text().equals("Abe"))
                .hasSize(2).noneMatch(e -> "Shinzo Abe".equals(e.canonical()) || "GOV".equals(e.sector()))
                .allMatch(e -> "JPN".equals(e.country()));
    }

    @Test
    void aSurnameAloneUnderTheKnownTitleIsStillTheKnownPerson() {
        Analysis a = analyze("Former Prime Minister Abe visited the shrine on Tuesday.", null, null);
        assertThat(persons(a)).filteredOn(e -> e.text().equals("Abe"))
                .isNotEmpty().allMatch(e -> "Shinzo Abe".equals(e.canonical()) && "JPN".equals(e.country()));
    }

    @Test
    void aSurnameAloneWithNoTitleIsStillTheKnownPerson() {
        Analysis a = analyze("Mugabe addressed the rally in Harare on Saturday.", null, null);
        assertThat(persons(a)).filteredOn(e -> e.text().equals("Mugabe"))
                .isNotEmpty().allMatch(e -> "Robert Mugabe".equals(e.canonical()));
    }
}
