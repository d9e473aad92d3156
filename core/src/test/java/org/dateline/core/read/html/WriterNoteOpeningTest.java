package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** A writer's first name opening a note, told without a pattern per writer, as the pattern told it. */
class WriterNoteOpeningTest {
    private static final String[][] CASES = {
        {"Maria writes about food and travel.", "Maria"},
        {"Maria Lopez writes about food.", "Maria"},
        {"Mariana writes about food.", "Maria"},
        {"Maria", "Maria"},
        {"Maria ", "Maria"},
        {"Maria \u00e9crit sur la cuisine.", "Maria"},
        {"Maria  writes twice spaced.", "Maria"},
        {"Maria\u00a0writes with a no-break space.", "Maria"},
        {"Joe. is a stop, not a name.", "Joe."},
        {"Dr. Kim teaches law.", "Dr."},
        {"Anna \ud801\udc28 lower case beyond the Basic Multilingual Plane.", "Anna"},
        {"Anna \ud801\udc00 upper case beyond the Basic Multilingual Plane.", "Anna"},
        {" Maria writes after a space.", "Maria"},
    };

    @Test
    void aNameThenASpaceThenALowerCaseLetterIsWhatThePatternFinds() {
        for (String[] c : CASES) {
            boolean byPattern = Pattern.compile("^" + Pattern.quote(c[1]) + " \\p{Ll}").matcher(c[0]).find();
            assertThat(Furniture.opensWithNameThenLowerCase(c[0], c[1])).as(c[0]).isEqualTo(byPattern);
        }
    }
}
