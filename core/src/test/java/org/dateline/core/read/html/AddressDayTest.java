package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.dateline.model.DateCandidate;
import org.junit.jupiter.api.Test;

/** The address's day against the page's publication stamps: candidates invented for this test. */
class AddressDayTest {
    private static final DateCandidate ADDRESS = new DateCandidate("2015-03-02", "url", "https://example.org/2015/03/02/x");

    @Test void anAddressMonthsOlderThanEveryStampGoesFirst() {
        List<DateCandidate> out = new ArrayList<>(List.of(new DateCandidate("2019-06-10", "json-ld", null), ADDRESS));
        AddressDay.first(out);
        assertThat(out.get(0)).isEqualTo(ADDRESS);
    }

    @Test void aStampThatNamesNoFullDayLeavesTheOrderAloneInsteadOfFailing() {
        List<DateCandidate> out = new ArrayList<>(List.of(new DateCandidate("XXXX-09-26", "meta", "Sept. 26"), ADDRESS));
        AddressDay.first(out);
        assertThat(out).extracting(DateCandidate::value).containsExactly("XXXX-09-26", "2015-03-02");
    }
}
