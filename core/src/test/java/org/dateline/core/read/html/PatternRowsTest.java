package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** How cue rows of a resource become one pattern a kind, on invented rows ({@code pattern-rows.txt}). */
class PatternRowsTest {
    private static final PatternRows ROWS = PatternRows.of(PatternRowsTest.class, "pattern-rows.txt");

    @Test
    void theAlternativesOfOneKindAreJoinedInFileOrder() {
        assertThat(ROWS.alternation("greeting")).isEqualTo("hello|good (?:morning|night)");
    }

    @Test
    void aNamedFragmentStandsGroupedWhereARowUsesIt() {
        assertThat(ROWS.alternation("owner")).isEqualTo("(?:cat|dog) owner|keeper of (?:the )?(?:cat|dog)s?");
        Pattern owner = Pattern.compile("^(?:" + ROWS.alternation("owner") + ")$");
        assertThat(owner.matcher("keeper of the dogs").matches()).isTrue();
        assertThat(owner.matcher("bird owner").matches()).isFalse();
    }

    @Test
    void aKindWithNoRowsIsAPackagingError() {
        assertThatThrownBy(() -> ROWS.alternation("farewell")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("farewell");
    }

    @Test
    void aLineOfAnotherShapeIsAPackagingError() {
        assertThatThrownBy(() -> PatternRows.of(PatternRowsTest.class, "pattern-rows-broken.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a row of any shape");
    }

    @Test
    void aFragmentNoRowDefinesIsAPackagingError() {
        assertThatThrownBy(() -> PatternRows.of(PatternRowsTest.class, "pattern-rows-undefined.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no fragment bird");
    }
}
