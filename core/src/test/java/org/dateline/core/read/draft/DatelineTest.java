package org.dateline.core.read.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {
    @Test
    void wireDatelineWithDateAndAgency() {
        Dateline d = Dateline.parse("SEOUL, Sept. 18 (Yonhap) -- South Korea said on Wednesday it would send envoys.");
        assertThat(d).isNotNull();
        assertThat(d.place()).isEqualTo("SEOUL");
        assertThat(d.dateText()).isEqualTo("Sept. 18");
        assertThat(d.agency()).isEqualTo("Yonhap");
        assertThat(d.rest()).isEqualTo("South Korea said on Wednesday it would send envoys.");
    }

    @Test
    void placeWithStateAndAgencyButNoDate() {
        Dateline d = Dateline.parse("KANSAS CITY, Mo. (AP) \u2014 A romance that united fans drew wide attention.");
        assertThat(d.place()).isEqualTo("KANSAS CITY, Mo.");
        assertThat(d.dateText()).isNull();
        assertThat(d.agency()).isEqualTo("AP");
        assertThat(d.rest()).startsWith("A romance");
    }

    @Test
    void reutersStyleWithSingleHyphen() {
        Dateline d = Dateline.parse("LONDON, Dec 3 (Reuters) - Shares rose on Monday.");
        assertThat(d.place()).isEqualTo("LONDON");
        assertThat(d.dateText()).isEqualTo("Dec 3");
        assertThat(d.agency()).isEqualTo("Reuters");
    }

    @Test
    void barePlaceNeedsALongDash() {
        assertThat(Dateline.parse("ATLANTA -- Federal officials warned the state.").place()).isEqualTo("ATLANTA");
        assertThat(Dateline.parse("NASA - the agency said it would launch.")).isNull();
    }

    @Test
    void ordinarySentencesAreNoDatelines() {
        assertThat(Dateline.parse("US officials said - without giving details - that talks would go on.")).isNull();
        assertThat(Dateline.parse("The minister said on Monday that talks would resume.")).isNull();
        assertThat(Dateline.parse("I - for one - disagree.")).isNull();
        assertThat(Dateline.parse(null)).isNull();
    }
}
