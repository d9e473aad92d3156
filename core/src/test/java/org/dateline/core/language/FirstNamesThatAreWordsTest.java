package org.dateline.core.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.language.LanguageAnalyzerTest.analyze;

import java.util.List;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A first name that is also an English word ("Goodluck", "Faith", "Memory") is left out of the name by NER, and the
 * person is filed under the bare surname. After a role word, it opens the name. Invented people.
 */
class FirstNamesThatAreWordsTest {
    private static List<Entity> persons(Analysis a) {
        return a.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
    }

    @Test
    void aWordFirstNameAfterARoleIsPartOfTheName() {
        Analysis a = analyze("Kenyan President Goodluck Wambari called on the people to plant trees.", null, null);
        assertThat(persons(a)).anyMatch(e -> e.text().equals("Goodluck Wambari"))
                .noneMatch(e -> e.text().equals("Wambari"));
    }

    @Test
    void aRoleBetweenARoleAndANameIsNoFirstName() {
        Analysis a = analyze("Deputy Minister Ana Rulfo opened the fair on Monday.", null, null);
        assertThat(persons(a)).noneMatch(e -> e.text().startsWith("Minister"));
    }

    @Test
    void theSurnameAloneLaterIsTheSamePerson() {
        Analysis a = analyze("Kenyan President Goodluck Wambari called on the people to plant trees. Wambari said the "
                + "drought had cost the farms dearly.", null, null);
        assertThat(persons(a)).as(persons(a).toString()).filteredOn(e -> e.text().equals("Wambari"))
                .isNotEmpty().allMatch(e -> "Goodluck Wambari".equals(e.canonical()));
    }
}
