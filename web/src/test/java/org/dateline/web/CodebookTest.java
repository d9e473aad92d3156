package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.dateline.model.EventType;

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
        assertThat(Codebook.quadOf(EventType.REQUEST)).isEqualTo(3);
        assertThat(Codebook.quadOf(EventType.ASSAULT)).isEqualTo(4);
        assertThat(Codebook.quadOf(null)).isZero();
    }

    @Test void theTypesListedAreTheEventTypesInQuadOrderWithTheirQuadNames() {
        assertThat(book.types()).extracting(Codebook.TypeEntry::type).containsExactlyElementsOf(Codebook.TYPES);
        assertThat(book.types()).extracting(Codebook.TypeEntry::quad).isSorted();
        assertThat(book.types()).filteredOn(t -> t.type().equals("PROTEST"))
                .singleElement().satisfies(t -> assertThat(t.quadName()).isEqualTo("material conflict"));
    }

    @Test void everyStatusAndTheDateModifiersTheCoderWritesAreExplained() {
        assertThat(book.statuses()).extracting(Codebook.Term::value).containsExactlyElementsOf(Codebook.STATUSES);
        assertThat(book.dateMods()).extracting(Codebook.Term::value).contains("ON_OR_BEFORE", "ON_OR_AFTER", "EARLY", "LATE");
        assertThat(book.timeml()).extracting(Codebook.Term::value).contains("2024-W09", "XXXX-03-08");
    }
}
