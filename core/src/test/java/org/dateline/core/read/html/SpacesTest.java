package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The compiled white-space pattern gives what the String methods give, on invented lines. */
class SpacesTest {
    private static final String[] LINES = {"", " ", "one", "  lead and trail  ", "tabs\tand\nlines\r\n here",
        "no\u00a0break stays", "\u2003em space\u3000ideographic", "a  b   c", "\t\n", "\u000Bvertical\ftab ",
        " one word", "words at the end \r"};

    @Test
    void splittingAtRunsOfSpaceGivesWhatStringSplitGives() {
        for (String s : LINES) assertThat(Spaces.split(s)).as(s).containsExactly(s.split("\\s+"));
    }

    @Test
    void squeezingRunsOfSpaceGivesWhatReplaceAllGives() {
        for (String s : LINES) assertThat(Spaces.squeeze(s)).as(s).isEqualTo(s.replaceAll("\\s+", " "));
    }

    @Test
    void countingTheWordsGivesHowManyPartsStringSplitGives() {
        for (String s : LINES) assertThat(Spaces.count(s)).as(s).isEqualTo(s.split("\\s+").length);
    }
}
