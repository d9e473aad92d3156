package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Occasions summed up without a count in the Spanish the agency also writes: no one happening (invented clauses). */
class OccasionsCountedInSpanishTest {
    private static Telling dated(String clause) { return Tellings.read(Tellings.words(clause), true, StatusClass.OCCURRED); }

    @Test
    void aVisitPaidSeveralTimesInSpanishIsOccasionsSummedUp() {
        assertThat(dated("El presidente visitó varias veces la capital")).isEqualTo(Telling.UNCOUNTED);
        assertThat(dated("El presidente visitó el país en varias ocasiones")).isEqualTo(Telling.UNCOUNTED);
        assertThat(dated("El presidente visitó el país 3 veces")).isEqualTo(Telling.SEVERAL);
        assertThat(dated("El presidente visitó la capital")).isEqualTo(Telling.OCCASION);
    }
}
