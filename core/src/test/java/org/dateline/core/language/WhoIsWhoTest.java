package org.dateline.core.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.language.LanguageAnalyzerTest.analyze;
import static org.dateline.core.language.LanguageAnalyzerTest.mention;
import static org.dateline.core.language.LanguageAnalyzerTest.the;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Who is who in the language layer: a title belongs to the name it stands before or beside, not to a name across a
 * verb; a title chain ending in a body is not part of the name; a demonym two states share takes the state the story
 * gives; a plural demonym names a state's people; a body's one-word name inside a longer name is not that body; a
 * thing named after a person is not the person. Sentences invented for these tests.
 */
class WhoIsWhoTest {

    @Test
    void aTitleDoesNotPassToALaterNameAcrossAVerb() {
        Analysis a = analyze("The Chilean foreign minister received the Danish delegation led by Henrik Aalborg in "
                + "Santiago on Tuesday.", null, null);
        assertThat(the(a, "Henrik Aalborg").country()).isNotEqualTo("CHL");
        assertThat(the(a, "Chilean foreign minister").canonical()).isNull();
    }

    @Test
    void aLeadTitleStillNamesThePersonOfTheNextSentence() {
        Analysis a = analyze("The Chilean foreign minister arrived in Lima on Monday. Rosa Quintero told reporters "
                + "the visit would be short.", null, null);
        assertThat(the(a, "Chilean foreign minister").canonical()).isEqualTo("Rosa Quintero");
        assertThat(the(a, "Rosa Quintero").country()).isEqualTo("CHL");
    }

    @Test
    void aTitleChainEndingInABodyIsTheTitleNotPartOfTheName() {
        Analysis a = analyze("Secretary General of the African Union Amara Diallo opened the summit on Monday.", null, null);
        Entity p = a.entities().stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
        assertThat(p.text()).isEqualTo("Amara Diallo");
        assertThat(p.role()).isEqualTo("Secretary General of the African Union");
        assertThat(p.country()).isEqualTo("IGO");
    }

    @Test
    void aSharedDemonymTakesTheDatelinesStateOrTheOnlyOneNamed() {
        assertThat(the(analyze("Korean farmers toured the port on Monday.", null, "SEOUL"), "Korean").country())
                .isEqualTo("KOR");
        assertThat(the(analyze("Korean farmers toured the port on Monday.", null, "PYONGYANG"), "Korean").country())
                .isEqualTo("PRK");
        assertThat(the(analyze("Korean farmers toured the port. South Korea will host the fair.", null, null), "Korean")
                .country()).isEqualTo("KOR");
        Analysis both = analyze("Korean farmers toured the port. North Korea and South Korea sent teams.", null, null);
        assertThat(mention(both, "Korean", 0)).isEmpty();
    }

    @Test
    void aSharedDemonymAfterACompassWordIsNotDecidedByTheDateline() {
        Analysis a = analyze("The south Korean authorities rejected the offer on Monday.", null, "PYONGYANG");
        assertThat(a.entities()).noneMatch(e -> "PRK".equals(e.country()));
    }

    @Test
    void aPluralDemonymIsTheStatesPeople() {
        Analysis a = analyze("Three Peruvians and two Koreans were injured in the crash near Lima.", null, "SEOUL");
        assertThat(the(a, "Peruvians")).satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntityType.GROUP);
            assertThat(e.country()).isEqualTo("PER");
            assertThat(e.sector()).isEqualTo("CVL");
        });
        assertThat(the(a, "Koreans").country()).isEqualTo("KOR");
        // as an adjective, a demonym stays a nationality
        assertThat(the(analyze("Peruvian farmers marched on Monday.", null, null), "Peruvian").type())
                .isEqualTo(EntityType.NATIONALITY);
    }

    @Test
    void aBodysOneWordNameInsideALongerNameIsNotThatBody() {
        Analysis a = analyze("Teachers from ten countries attended the World Congress of Educators in Lima.", null, null);
        assertThat(a.entities()).noneMatch(e -> "USA".equals(e.country()));
        assertThat(the(analyze("Congress passed the budget on Monday.", null, null), "Congress").country()).isEqualTo("USA");
    }

    @Test
    void aCountrysAdjectiveBeforeABodysNameMakesItThatCountrysBody() {
        Entity c = the(analyze("The Peruvian Congress approved the budget on Monday.", null, null), "Congress");
        assertThat(c.country()).isEqualTo("PER");
        assertThat(c.sector()).isEqualTo("LEG");
    }

    @Test
    void aThingNamedAfterAPersonIsNotThePerson() {
        Analysis a = analyze("The seminar studied the Kim Il Sung Idea on Monday.", null, null);
        assertThat(a.entities()).noneMatch(e -> e.type() == EntityType.PERSON);
    }

    @Test
    void aTitleWithItsOwnOfComplementIsNotAnotherHoldersTitle() {
        Analysis a = analyze("Rafael Ibarra, commander of the navy, toured the port on Monday. There he heard from the "
                + "commander of the battalion a report on the drills. The commander of the navy praised the crews.",
                null, null);
        assertThat(mention(a, "commander", 0).orElseThrow().canonical()).isNull();
        assertThat(mention(a, "commander", 1).orElseThrow().canonical()).isEqualTo("Rafael Ibarra");
    }
}
