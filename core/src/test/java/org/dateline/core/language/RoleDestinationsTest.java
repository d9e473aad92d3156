package org.dateline.core.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.language.LanguageAnalyzerTest.analyze;
import static org.dateline.core.language.LanguageAnalyzerTest.the;

import org.dateline.model.Entity;
import org.junit.jupiter.api.Test;

/**
 * A title before a name that says where its holder is sent ("the new Peruvian Ambassador to Chile Ana Ruiz") is the
 * name's title, and its holder is of the state the title gives him, not of the state he is sent to. Sentences
 * invented for these tests.
 */
class RoleDestinationsTest {

    @Test
    void anAmbassadorNamedAfterTheStateHeIsSentToIsOfHisOwnState() {
        Analysis a = analyze("The foreign minister had a talk with the new Peruvian Ambassador to Chile Ana Ruiz Vega "
                + "on Tuesday.", null, null);
        Entity p = the(a, "Ana Ruiz Vega");
        assertThat(p.role()).contains("Ambassador to Chile");
        assertThat(p.country()).isEqualTo("PER");
    }

    @Test
    void theStateAnEnvoyIsSentToIsNeverHisOwn() {
        Analysis a = analyze("Choe Thae Bok met outgoing Lao Ambassador to the DPRK Somsak Vongsa at the hall on "
                + "Wednesday.", null, null);
        assertThat(the(a, "Somsak Vongsa").country()).isEqualTo("LAO");
    }

    @Test
    void anEnvoySentToARegionOfHisOwnStateIsOfThatState() {
        Analysis a = analyze("The minister received a letter from Ivan Sokolov, presidential envoy to the Volga Region "
                + "of the Russian Federation, on Monday.", null, null);
        assertThat(the(a, "Ivan Sokolov").country()).isEqualTo("RUS");
    }

    @Test
    void anAmbassadorToAStateCalledByItsFormalNameIsStillNotOfIt() {
        Analysis a = analyze("Choe Thae Bok met outgoing Ambassador to the Republic of Cuba Somsak Vongsa at the hall on "
                + "Wednesday.", null, null);
        assertThat(the(a, "Somsak Vongsa").country()).isNotEqualTo("CUB");
    }

    @Test
    void aTitleOfTheBodyBeforeTheNameStillHoldsAsBefore() {
        Analysis a = analyze("Secretary General of the African Union Amara Diallo opened the summit on Monday.", null, null);
        assertThat(the(a, "Amara Diallo").role()).isEqualTo("Secretary General of the African Union");
    }
}
