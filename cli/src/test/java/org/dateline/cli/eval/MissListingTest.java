package org.dateline.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class MissListingTest {

    @Test
    void fieldsAreNamedInAnyCase() {
        assertThat(MissListing.fields(List.of("Title", "author")))
                .containsExactlyInAnyOrder(MissListing.Field.TITLE, MissListing.Field.AUTHOR);
        assertThat(MissListing.fields(null)).isNull();
    }

    @Test
    void anUnknownFieldIsRefused() {
        assertThatThrownBy(() -> MissListing.fields(List.of("headline"))).hasMessageContaining("headline");
    }

    @Test
    void nothingIsListedUnlessAsked() {
        assertThat(MissListing.of(System.out, false, null, null)).isNull();
        MissListing some = MissListing.of(System.out, false, MissListing.fields(List.of("title")), 'a');
        assertThat(some.lists(MissListing.Field.TITLE)).isTrue();
        assertThat(some.lists(MissListing.Field.BODY)).isFalse();
        assertThat(some.half()).isEqualTo('A');
    }
}
