package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** How class names are cut into words, on invented names. */
class ClassHintsTest {
    /** The pattern the one-pass cut stands for. */
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

    @Test
    void aCamelCaseNameIsCutWhereALowerCaseLetterMeetsAnUpperCaseOne() {
        assertThat(ClassHints.words("AuthorLink-sc-10pl2l7-4")).containsExactly("author", "link", "sc", "10pl2l7", "4");
        assertThat(ClassHints.words("BylineName")).containsExactly("byline", "name");
        assertThat(ClassHints.words("author-box__name")).containsExactly("author", "box", "name");
    }

    @Test
    void theOnePassCutWritesWhatThePatternWrites() {
        for (String name : List.of("", "a", "A", "aB", "ABC", "abcDEF", "xYzW", "already-cut", "dateTime_Stamp",
                "caf\u00e9Bar", "\u00e9\u00c9", "\u0436\u0416x", "na\u00efveZ", "1aB2cD", "a\ud835\udc00b",
                "\ud801\udc28\ud801\udc00", "lone\ud800Surrogate", "aB\udc00C", "\u01c5x\u01c5", "mixedCase withSpace")) {
            assertThat(ClassHints.camelSplit(name)).as(name).isEqualTo(CAMEL.matcher(name).replaceAll("-"));
        }
    }
}
