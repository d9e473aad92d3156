package org.dateline.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuadClassesTest {
    @Test
    void everyPloverCategoryHasAQuad() {
        QuadClasses q = QuadClasses.standard();
        assertThat(q.size()).isEqualTo(18);
        assertThat(q.of("REQUEST")).hasValue(3);
        assertThat(q.of("consult")).hasValue(1);
        assertThat(q.of("AID")).hasValue(2);
        assertThat(q.of("THREATEN")).hasValue(3);
        assertThat(q.of("ASSAULT")).hasValue(4);
        assertThat(q.of("DANCE")).isEmpty();
        assertThat(q.of(null)).isEmpty();
    }
}
