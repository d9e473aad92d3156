package org.dateline.core.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.language.LanguageAnalyzerTest.analyze;
import static org.dateline.core.language.LanguageAnalyzerTest.the;

import org.junit.jupiter.api.Test;

/**
 * In a list of "name, title" pairs each title is the name's before it, and a title that names its body twice (an
 * abbreviation, then the full name in apposition) runs on to the rest of its chain. Sentences invented for these tests.
 */
class TitleListBoundsTest {

    @Test
    void aTitleBetweenTwoNamesIsTheEarlierNamesTitle() {
        Analysis a = analyze("Anna Berg, chairman of the Sweden-Korea Committee, Carlos Ruiz, chairman of the Mexican "
                + "Committee for Peace, and Ali Musa, president of the Socialist Party of Benin, spoke on Monday.", null, null);
        assertThat(the(a, "Carlos Ruiz").country()).isEqualTo("MEX");
        assertThat(the(a, "Anna Berg").country()).isEqualTo("SWE");
    }

    @Test
    void aTitleSetOffBeforeTheFirstNameStillHolds() {
        // guard: "his counterpart, X" has no name before the title
        Analysis a = analyze("The Chilean foreign minister, Ana Ruiz Vega, met the envoy on Tuesday.", null, null);
        assertThat(the(a, "Ana Ruiz Vega").country()).isEqualTo("CHL");
    }

    @Test
    void aTitleRunsOnPastTheFullNameOfAnAbbreviatedBody() {
        Analysis a = analyze("The premier received a letter from Somsak Vongsa, general secretary of the C.C., the Lao "
                + "People's Revolutionary Party and president of Laos, on Monday.", null, null);
        assertThat(the(a, "Somsak Vongsa").country()).isEqualTo("LAO");
        assertThat(the(a, "Somsak Vongsa").role()).contains("president of Laos");
    }
}
