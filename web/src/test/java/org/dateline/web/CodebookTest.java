package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodebookTest {
    private final Codebook book = Codebook.standard();

    @Test void everyTypeTheCoderFilesCameoCodesUnderHasAMeaningAndAQuadClass() {
        assertThat(book.types()).hasSize(16).allSatisfy(t -> {
            assertThat(t.meaning()).as(t.type()).isNotBlank();
            assertThat(t.quad()).as(t.type()).isBetween(1, 4);
            assertThat(t.cameo()).as(t.type()).isNotEmpty();
        });
    }

    @Test void cameoCodesSitUnderTheirPloverTypeWithTheirModes() {
        Codebook.TypeEntry consult = book.types().stream().filter(t -> t.type().equals("CONSULT")).findFirst().orElseThrow();
        assertThat(consult.cameo()).extracting(Codebook.CameoCode::code).contains("04", "042");
        assertThat(consult.modes()).contains("visit", "phone");
        assertThat(book.quadOf("request")).isEqualTo(3);
        assertThat(book.quadOf("assault")).isEqualTo(4);
        assertThat(book.quadOf("DANCE")).isZero();
    }

    @Test void everyStatusAndTheDateModifiersTheCoderWritesAreExplained() {
        assertThat(book.statuses()).extracting(Codebook.Term::value).containsExactlyElementsOf(Codebook.STATUSES);
        assertThat(book.dateMods()).extracting(Codebook.Term::value).contains("ON_OR_BEFORE", "ON_OR_AFTER", "EARLY", "LATE");
        assertThat(book.timeml()).extracting(Codebook.Term::value).contains("2024-W09", "XXXX-03-08");
    }
}
