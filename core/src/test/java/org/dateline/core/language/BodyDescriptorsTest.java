package org.dateline.core.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.language.LanguageAnalyzerTest.analyze;
import static org.dateline.core.language.LanguageAnalyzerTest.the;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A state and a noun of what a body is, right before its name ("the Norwegian newspaper Tromso Tidende", "the U.S. oil
 * giant Westvale"), place the body in that state; a name after a paper's noun is a paper. Sentences invented for
 * these tests.
 */
class BodyDescriptorsTest {

    @Test
    void aCompanyAfterAStateAndItsKindIsOfThatState() {
        Analysis a = analyze("Environmental officials on Friday urged the U.S. oil giant Westvale Petroleum to explain "
                + "the spill off the coast.", null, null);
        assertThat(the(a, "Westvale Petroleum").country()).isEqualTo("USA");
    }

    @Test
    void aNameAfterANationalPaperIsThatStatesPaperNotAPerson() {
        Analysis a = analyze("The Norwegian newspaper Tromso Tidende carried an article on the harvest on Monday.",
                null, null);
        Entity paper = the(a, "Tromso Tidende");
        assertThat(paper.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(paper.country()).isEqualTo("NOR");
    }

    @Test
    void aStateFarBeforeTheKindPlacesNothing() {
        Analysis a = analyze("Norway signed a deal with the big old energy giant Westvale Petroleum on Monday.", null, null);
        assertThat(the(a, "Westvale Petroleum").country()).isNull();
    }
}
